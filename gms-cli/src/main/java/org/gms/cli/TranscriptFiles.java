package org.gms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.transcript.TranscriptSequences;

/**
 * The transcript files an annotator is built from, as the commands (and the benchmarks) take them:
 * model files (GTF or GFF3) and cDNA FASTAs, each option repeatable.
 */
public final class TranscriptFiles {

  private TranscriptFiles() {}

  /** The models of every file, enriched from the bundled gene catalogue. */
  public static List<Transcript> models(List<Path> files) {
    List<Transcript> models = new ArrayList<>();
    for (Path file : files) {
      models.addAll(TranscriptModels.read(file));
    }
    return GeneCatalog.bundled().enrich(models);
  }

  /** The cDNA sequences of every FASTA (none for no file). */
  public static TranscriptSequences sequences(List<Path> files) {
    TranscriptSequences sequences = TranscriptSequences.none();
    for (Path file : files) {
      sequences = sequences.and(TranscriptSequences.readFasta(file));
    }
    return sequences;
  }
}
