package org.gms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.ClinvarLookup;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import picocli.CommandLine.Option;

/** What the annotation engine reads: build, transcript models and sequence, ClinVar. */
final class AnnotationInputs {

  @Option(
      names = "--transcripts",
      required = true,
      arity = "1..*",
      description = "Transcript models, GTF or GFF3 (repeatable, may be gzipped).")
  List<Path> transcripts = new ArrayList<>();

  @Option(
      names = "--transcript-sequences",
      arity = "1..*",
      description = "cDNA FASTA for the transcripts (optional, repeatable).")
  List<Path> transcriptSequences = new ArrayList<>();

  @Option(
      names = "--reference",
      arity = "1..*",
      description =
          "Reference FASTA (repeatable); pieces named as samtools regions (17:100-200) are"
              + " allowed. Alleles outside every piece are annotated without sequence and flagged.")
  List<Path> reference = new ArrayList<>();

  @Option(
      names = "--build",
      required = true,
      description = "Genome build of every input: ${COMPLETION-CANDIDATES}.")
  GenomeBuild build;

  @Option(names = "--clinvar", description = "ClinVar VCF for the known-variant lookup.")
  Path clinvar;

  ReferenceGenome genome() {
    return reference.isEmpty()
        ? ReferenceGenome.none()
        : ReferenceGenome.fromFasta(build, reference.toArray(Path[]::new));
  }

  Annotator annotator(ReferenceGenome genome) {
    Annotator.Builder builder =
        Annotator.builder(TranscriptFiles.models(transcripts))
            .sequences(TranscriptFiles.sequences(transcriptSequences))
            .genome(genome);
    if (clinvar != null) {
      // the header alone shows the build; opening checks it against --build
      VcfReader.open(clinvar, VcfReadOptions.defaults().withBuild(build).withThreads(1)).close();
      builder.clinvar(ClinvarLookup.readVcf(clinvar));
    }
    return builder.build();
  }
}
