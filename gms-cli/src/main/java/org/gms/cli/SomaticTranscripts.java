package org.gms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import picocli.CommandLine.Option;

/**
 * The transcript models {@code ./gms somatic} annotates an unannotated tumour VCF with (GMS's own
 * annotator, as {@code ./gms annotate}); none by default.
 */
final class SomaticTranscripts {

  @Option(
      names = "--transcripts",
      arity = "1..*",
      paramLabel = "GTF|GFF3",
      description =
          "Transcript models (GTF or GFF3, may be gzipped, repeatable) of the VCF's build: a tumour"
              + " VCF without VEP CSQ or snpEff ANN is annotated by GMS with them. Needs --build.")
  List<Path> transcripts = new ArrayList<>();

  @Option(
      names = "--transcript-sequences",
      arity = "1..*",
      paramLabel = "FASTA",
      description = "cDNA FASTA of the transcripts (optional, repeatable).")
  List<Path> transcriptSequences = new ArrayList<>();

  @Option(
      names = "--reference",
      arity = "1..*",
      paramLabel = "FASTA",
      description =
          "Reference FASTA (optional, repeatable; samtools-region pieces allowed) for the bases the"
              + " transcript sequences do not give.")
  List<Path> reference = new ArrayList<>();

  /** The annotator over the given models, or null when none are given. */
  Annotator annotator(GenomeBuild build) {
    if (transcripts.isEmpty()) {
      if (!transcriptSequences.isEmpty() || !reference.isEmpty()) {
        throw new IllegalArgumentException(
            "--transcript-sequences and --reference go with --transcripts GTF|GFF3");
      }
      return null;
    }
    if (build == null) {
      throw new IllegalArgumentException(
          "--transcripts needs --build GRCh37|GRCh38: the build of the transcript models, checked"
              + " against the VCF");
    }
    return Annotator.builder(TranscriptFiles.models(transcripts))
        .sequences(TranscriptFiles.sequences(transcriptSequences))
        .genome(
            reference.isEmpty()
                ? ReferenceGenome.none()
                : ReferenceGenome.fromFasta(build, reference.toArray(Path[]::new)))
        .build();
  }
}
