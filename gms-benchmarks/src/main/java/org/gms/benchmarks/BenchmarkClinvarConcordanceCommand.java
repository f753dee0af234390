package org.gms.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gms.cli.TranscriptFiles;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.ClinvarConcordance;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark clinvar-concordance}: annotates every ClinVar record of one gene and
 * compares the consequence with ClinVar's own molecular consequence (MC). Defaults use the shared
 * reference data beside the project: BRCA1 with the CellBase models and cDNA.
 */
@Command(
    name = "clinvar-concordance",
    mixinStandardHelpOptions = true,
    description =
        "Compare consequences with ClinVar's molecular consequence (MC) for one gene's records:"
            + " the MANE Select transcript's term among ClinVar's, and the most severe term over"
            + " all transcripts. Exit code 1 when the MANE concordance is below --minimum.")
final class BenchmarkClinvarConcordanceCommand implements Callable<Integer> {

  private static final String SHARED = "../shared/reference/";

  @Option(
      names = "--transcripts",
      description = "GTF or GFF3 transcript models (repeatable). Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "transcripts/cellbase-32genes/cellbase_grch38.gtf")
  List<Path> transcripts = new ArrayList<>();

  @Option(
      names = "--cdna",
      description = "cDNA FASTA with cds= headers (repeatable). Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "transcripts/cellbase-32genes/cellbase_grch38.cdna.fa")
  List<Path> cdna = new ArrayList<>();

  @Option(
      names = "--genome",
      description =
          "Genomic FASTA with .fai, whole contigs or samtools-region pieces (repeatable)."
              + " Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa")
  List<Path> genome = new ArrayList<>();

  @Option(
      names = "--clinvar",
      description = "ClinVar VCF (GRCh38). Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz")
  Path clinvar;

  @Option(
      names = "--gene",
      description = "HGNC symbol. Default: ${DEFAULT-VALUE}",
      defaultValue = "BRCA1")
  String gene;

  @Option(
      names = "--examples",
      description = "Records shown per disagreement group. Default: ${DEFAULT-VALUE}",
      defaultValue = "3")
  int examples;

  @Option(
      names = "--minimum",
      description = "Lowest acceptable MANE concordance (fraction). Default: ${DEFAULT-VALUE}",
      defaultValue = "0.995")
  double minimum;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    List<Transcript> ofGene =
        TranscriptFiles.models(transcripts).stream()
            .filter(t -> t.gene().symbol().equals(gene))
            .toList();
    Transcript mane =
        ofGene.stream()
            .filter(Transcript::maneSelect)
            .findFirst()
            .orElseThrow(
                () ->
                    new GenomicsException(
                        "No MANE Select transcript of "
                            + gene
                            + " among the models in "
                            + transcripts
                            + " (check --gene and --transcripts)"));
    ReferenceGenome reference = ReferenceGenome.fromFasta(genome.toArray(Path[]::new));
    Annotator annotator =
        Annotator.builder(ofGene)
            .sequences(TranscriptFiles.sequences(cdna))
            .genome(reference)
            .build();
    var records = ClinvarConcordance.read(clinvar, gene);
    long annotating = System.nanoTime();
    var report = ClinvarConcordance.measure(annotator, reference, records, gene, mane.id().base());
    long done = System.nanoTime();
    System.out.printf(
        "%s: %d transcripts, MANE Select %s; ClinVar %s%n",
        gene, ofGene.size(), mane.id(), clinvar);
    System.out.print(report.format(examples));
    System.out.printf(
        "Loaded in %.1f s, annotated and compared %d records in %.1f s%n",
        (annotating - started) / 1e9, records.size(), (done - annotating) / 1e9);
    return report.maneConcordance() >= minimum ? 0 : 1;
  }
}
