package org.gms.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.PgxAnalyser;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.diplotype.OutsideCall;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.gms.genomics.pgx.report.PgxReportHtml;
import org.gms.genomics.pgx.report.PgxReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms pgx}: pharmacogenomic diplotypes, phenotypes and CPIC/DPWG recommendations from
 * GRCh38 VCFs, one JSON (and optionally HTML) report per sample.
 */
@Command(
    name = "pgx",
    mixinStandardHelpOptions = true,
    description = {
      "Call pharmacogene diplotypes from GRCh38 VCFs (single or multi-sample, phased or"
          + " unphased, gVCF), translate them to phenotypes and list the CPIC and DPWG"
          + " recommendations that apply. See docs/pgx.md."
    })
final class PgxCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--vcf",
      required = true,
      paramLabel = "FILE|DIR",
      description =
          "A GRCh38 VCF (.vcf, .vcf.gz, .vcf.bgz) or a folder of them; repeat for several.")
  List<Path> vcfs;

  @Option(names = "--sample", description = "Only this sample (default: every sample).")
  String sample;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The JSON report of the one sample (default: standard output).")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "One <sample>.pgx.json and <sample>.pgx.html per sample (needed for several).")
  Path outputDir;

  @Option(names = "--html", paramLabel = "FILE", description = "The HTML report of the one sample.")
  Path html;

  @Option(
      names = "--outside-call",
      paramLabel = "TSV",
      description =
          "Diplotypes called elsewhere, 'gene<TAB>diplotype' per line (e.g. CYP2D6, HLA-B);"
              + " applied to every sample.")
  Path outsideCalls;

  @Option(
      names = "--threads",
      description = "Samples analysed in parallel (default: the number of cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    List<Path> files = expand(vcfs);
    if (outputDir != null && (output != null || html != null)) {
      throw new IllegalArgumentException("Use --output-dir, or --output/--html, not both");
    }
    long start = System.nanoTime();
    PgxAnalyser analyser = PgxAnalyser.bundled();
    List<OutsideCall> outside = outsideCalls == null ? List.of() : OutsideCall.read(outsideCalls);
    VcfGenotypeReader reader = new VcfGenotypeReader(analyser.positions());
    Predicate<String> filter = sample == null ? name -> true : sample::equals;
    List<VcfGenotypes> inputs = new ArrayList<>();
    int samples = 0;
    for (Path file : files) {
      VcfGenotypes read = reader.read(file, filter);
      inputs.add(read);
      samples += read.samples().size();
    }
    if (samples == 0) {
      throw new GenomicsException(
          "Sample "
              + sample
              + " is in none of the inputs; their samples are "
              + inputs.stream().flatMap(i -> i.sampleNames().stream()).distinct().toList());
    }
    if (outputDir == null && samples > 1) {
      throw new IllegalArgumentException(
          samples
              + " samples in the input: give --output-dir for one report per sample, or"
              + " --sample to choose one");
    }
    if (outputDir != null) {
      Files.createDirectories(outputDir);
      checkUniqueNames(inputs);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (VcfGenotypes input : inputs) {
        for (SampleGenotypes genotypes : input.samples()) {
          done.add(
              pool.submit(
                  () -> {
                    write(analyser.analyse(genotypes, outside, input.source(), input.warnings()));
                    return null;
                  }));
        }
      }
      for (Future<?> future : done) {
        rethrow(future);
      }
    } finally {
      pool.shutdownNow();
    }
    if (output != null || outputDir != null) {
      double seconds = (System.nanoTime() - start) / 1e9;
      spec.commandLine()
          .getOut()
          .printf(
              "pgx: %d sample(s) from %d file(s) in %.1f s -> %s%n",
              samples, files.size(), seconds, outputDir != null ? outputDir : output);
    }
    return 0;
  }

  private void write(PgxReport report) throws IOException {
    if (outputDir != null) {
      String base = safe(report.sample());
      writeFile(outputDir.resolve(base + ".pgx.json"), out -> PgxReportJson.write(report, out));
      Files.writeString(
          outputDir.resolve(base + ".pgx.html"),
          PgxReportHtml.render(report),
          StandardCharsets.UTF_8);
      return;
    }
    if (html != null) {
      writeFile(
          html, out -> out.write(PgxReportHtml.render(report).getBytes(StandardCharsets.UTF_8)));
    }
    if (output != null) {
      writeFile(output, out -> PgxReportJson.write(report, out));
    } else {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println(PgxReportJson.toString(report));
    }
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private static void writeFile(Path file, Writing writing) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      writing.to(out);
    }
  }

  /** The VCF files: each file given, and the VCFs directly in each folder given, in name order. */
  static List<Path> expand(List<Path> given) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          List<Path> found =
              listing.filter(PgxCommand::isVcf).filter(Files::isRegularFile).sorted().toList();
          if (found.isEmpty()) {
            throw new GenomicsException(
                path + ": no .vcf, .vcf.gz or .vcf.bgz files in this folder");
          }
          files.addAll(found);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new GenomicsException(path + ": no such VCF file or folder");
      }
    }
    return files;
  }

  private static boolean isVcf(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".vcf") || name.endsWith(".vcf.gz") || name.endsWith(".vcf.bgz");
  }

  private static void checkUniqueNames(List<VcfGenotypes> inputs) {
    Set<String> seen = new HashSet<>();
    for (VcfGenotypes input : inputs) {
      for (SampleGenotypes genotypes : input.samples()) {
        if (!seen.add(safe(genotypes.sampleId()))) {
          throw new GenomicsException(
              "Sample "
                  + genotypes.sampleId()
                  + " appears in more than one input ("
                  + input.source()
                  + "); reports would overwrite each other. Run those files separately.");
        }
      }
    }
  }

  /** A sample name usable as a file name. */
  static String safe(String sample) {
    return sample.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void rethrow(Future<?> future) throws Exception {
    try {
      future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
