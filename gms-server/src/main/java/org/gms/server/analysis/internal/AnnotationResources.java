package org.gms.server.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.transcript.TranscriptSequences;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.database.DatabaseSettings;
import org.springframework.stereotype.Component;

/**
 * The annotator and reference the runs share, loaded on first use: the configured transcript
 * models, or the bundled 32-gene demonstration set, unpacked once into the platform's data
 * directory (the reference reader needs plain files it can seek in).
 */
@Component
class AnnotationResources implements org.gms.server.analysis.ReferenceSequences {

  static final String BUNDLED = "/org/gms/server/analysis/reference/";
  static final List<String> BUNDLED_FILES =
      List.of("cellbase_grch38.gtf", "cellbase_grch38.cdna.fa", "cellbase_grch38.regions.fa");

  private final AnalysisSettings settings;
  private final Path unpacked;
  private Loaded loaded;

  record Loaded(Annotator annotator, ReferenceGenome genome, String description) {}

  AnnotationResources(AnalysisSettings settings, DatabaseSettings database) {
    this.settings = settings;
    this.unpacked = database.dataDir().resolve("reference").resolve("demo-32-genes");
  }

  @Override
  public ReferenceGenome reference() {
    return get().genome();
  }

  synchronized Loaded get() {
    if (loaded == null) {
      loaded = settings.transcripts().isEmpty() ? bundled() : configured();
    }
    return loaded;
  }

  private Loaded configured() {
    List<Transcript> models = new ArrayList<>();
    settings.transcripts().forEach(file -> models.addAll(TranscriptModels.read(file)));
    TranscriptSequences sequences = TranscriptSequences.none();
    for (Path file : settings.transcriptSequences()) {
      sequences = sequences.and(TranscriptSequences.readFasta(file));
    }
    ReferenceGenome genome =
        settings.reference().isEmpty()
            ? ReferenceGenome.none()
            : ReferenceGenome.fromFasta(
                GenomeBuild.GRCh38, settings.reference().toArray(Path[]::new));
    return new Loaded(
        annotator(models, sequences, genome), genome, "transcripts " + settings.transcripts());
  }

  private Loaded bundled() {
    List<Path> files = BUNDLED_FILES.stream().map(this::unpack).toList();
    ReferenceGenome genome = ReferenceGenome.fromFasta(GenomeBuild.GRCh38, files.get(2));
    return new Loaded(
        annotator(
            TranscriptModels.read(files.get(0)),
            TranscriptSequences.readFasta(files.get(1)),
            genome),
        genome,
        "bundled demonstration transcripts (32 genes, Ensembl via CellBase)");
  }

  private static Annotator annotator(
      List<Transcript> models, TranscriptSequences sequences, ReferenceGenome genome) {
    return Annotator.builder(GeneCatalog.bundled().enrich(models))
        .sequences(sequences)
        .genome(genome)
        .build();
  }

  private Path unpack(String name) {
    Path target = unpacked.resolve(name);
    if (Files.exists(target)) {
      return target;
    }
    try (InputStream in = AnnotationResources.class.getResourceAsStream(BUNDLED + name + ".gz")) {
      if (in == null) {
        throw new IllegalStateException("Bundled reference " + name + " is missing from the build");
      }
      Files.createDirectories(unpacked);
      Path partial = Files.createTempFile(unpacked, name, ".part");
      Files.copy(new GZIPInputStream(in), partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack the bundled reference into " + unpacked, e);
    }
  }
}
