package org.gms.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gms.genomics.annotation.VcfAnnotation;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms annotate}: annotates every ALT allele of a VCF with its effect on each transcript
 * and its ClinVar classification, and writes an annotated VCF or JSON Lines, atomically ({@link
 * VcfAnnotation} does the work).
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description =
        "Annotate a VCF (consequences, exon/intron, HGVS, ClinVar) and write an annotated VCF"
            + " (.vcf, .vcf.gz) or JSON Lines (.jsonl, .jsonl.gz). The output appears only when"
            + " complete.")
final class AnnotateCommand implements Callable<Integer> {

  static final String INFO_KEY = VcfAnnotation.INFO_KEY;

  @Option(names = "--input", required = true, description = "VCF to annotate (.vcf or .vcf.gz).")
  Path input;

  @Mixin AnnotationInputs inputs = new AnnotationInputs();

  @Option(
      names = "--constraint",
      description =
          "Gene constraint table (gnomAD lof_metrics.by_gene, or columns gene, pLI and"
              + " oe_lof_upper/LOEUF; plain or gzip). Default: the bundled gnomAD v2.1.1.")
  Path constraint;

  @Option(
      names = "--output",
      required = true,
      description = "Output: .vcf, .vcf.gz (INFO " + INFO_KEY + "), .jsonl or .jsonl.gz.")
  Path output;

  @Option(
      names = "--compression-level",
      description =
          "Deflate level of a .vcf.gz output, 1 (fastest) to 9 (smallest); bgzip's default is 6."
              + " Default: ${DEFAULT-VALUE} (the annotated file is about three times its input;"
              + " level 2 takes half the CPU of level 6 for a file about 20%% larger).")
  int compressionLevel = 2;

  @Option(
      names = "--haplotypes",
      description =
          "Also report the joint effect of alleles on the same haplotype (phased genotypes of one"
              + " phase set, per sample; homozygous calls on both copies) on each transcript whose"
              + " coding sequence two or more of them change: INFO GMS_HAP beside GMS_ANN, or"
              + " \"haplotypes\" in JSON Lines. Records are held until the reading has passed the"
              + " longest transcript's span beyond their phased coding alleles.")
  boolean haplotypes;

  @Option(
      names = "--lenient",
      description = "Skip malformed records (and report them) instead of stopping at the first.")
  boolean lenient;

  @Option(
      names = "--threads",
      description = "Annotation threads. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1; got " + threads);
    }
    if (compressionLevel < 1 || compressionLevel > 9) {
      throw new IllegalArgumentException(
          "--compression-level goes from 1 (fastest) to 9 (smallest); got " + compressionLevel);
    }
    VcfAnnotation.isJsonLines(output);
    long started = System.nanoTime();
    ReferenceGenome genome = inputs.genome();
    VcfAnnotation annotation =
        new VcfAnnotation(
            inputs.annotator(genome),
            genome,
            constraint == null
                ? GeneConstraints.bundled()
                : GeneConstraints.read(constraint, constraint.getFileName().toString()),
            threads,
            compressionLevel,
            haplotypes);
    long loaded = System.nanoTime();
    VcfReadOptions options =
        VcfReadOptions.defaults()
            .withBuild(inputs.build)
            .withReference(genome)
            .withLenient(lenient);
    try (VcfReader reader = VcfReader.open(input, options)) {
      Progress progress = new Progress(loaded);
      VcfAnnotation.Summary done = annotation.write(reader, output, progress);
      progress.finish();
      double seconds = (System.nanoTime() - loaded) / 1e9;
      long skipped = reader.summary().recordsSkipped();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "%,d records, %,d alleles annotated (%,d not sequence alleles, %,d flagged %s),"
              + " %,d skipped, %.1f s loading inputs, %.1f s annotating, %,.0f variants/s"
              + " -> %s%n",
          done.records(),
          done.annotated(),
          done.notSequence(),
          done.flagged(),
          VcfAnnotation.REFERENCE_UNAVAILABLE,
          skipped,
          (loaded - started) / 1e9,
          seconds,
          done.annotated() / Math.max(seconds, 1e-9),
          output);
      if (skipped > 0 || !reader.summary().headerWarnings().isEmpty()) {
        err.println("skipped: " + reader.summary().describe());
      }
      err.flush();
    }
    return 0;
  }

  /** A one-line progress display on standard error, only when a console is attached. */
  private static final class Progress implements VcfAnnotation.Progress {
    private final boolean shown = System.console() != null;
    private final long started;
    private long lastShown;

    Progress(long started) {
      this.started = started;
    }

    @Override
    public void update(long records, long annotated) {
      long now = System.nanoTime();
      if (!shown || now - lastShown < 500_000_000L) {
        return;
      }
      lastShown = now;
      double seconds = (now - started) / 1e9;
      System.err.printf(
          Locale.ROOT,
          "\r%,d records, %,d alleles, %,.0f variants/s   ",
          records,
          annotated,
          annotated / Math.max(seconds, 1e-9));
    }

    void finish() {
      if (shown && lastShown != 0) {
        System.err.println();
      }
    }
  }
}
