package org.gms.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.benchmarks.support.SharedReference;
import org.gms.genomics.pgx.PgxAnalyser;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.NamedAllele;
import org.gms.genomics.pgx.genotype.PositionGenotype;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.report.PgxReportJson;
import org.gms.genomics.variant.BgzfOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark pgx}: samples per second of the pharmacogenomic caller on a multi-sample
 * VCF. The VCF is generated: each sample's two copies of each gene are real named alleles of the
 * bundled definitions (the reference allele half the time, otherwise any named allele), written as
 * unphased genotypes with a share of missing calls; the reference tool's two example samples, when
 * the shared data is present, lead the file. Uniform allele choice gives far more variants than a
 * real population, so the figures are conservative.
 */
@Command(
    name = "pgx",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: pharmacogenomic calling on a generated multi-sample VCF (real named alleles);"
          + " prints samples/s for reading, calling, the whole analysis and JSON writing, per core."
    })
final class BenchmarkPgxCommand implements Callable<Integer> {

  private static final String EXAMPLES = "pharmacogenomics/examples/multisample.vcf";

  @Option(
      names = "--samples",
      defaultValue = "2000",
      description = "Samples to generate (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--missing",
      defaultValue = "0.01",
      description = "Share of genotypes written as missing (default: ${DEFAULT-VALUE}).")
  double missing;

  @Option(
      names = "--threads",
      description =
          "Also measure the analysis on this many threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--seed", defaultValue = "38", description = "Random seed (default: 38).")
  long seed;

  @Option(
      names = "--work-dir",
      description = "Where the generated VCF goes (default: a folder in the temporary directory).")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s %s, load average %.1f%n",
        cores,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    long loadStart = System.nanoTime();
    PgxAnalyser analyser = PgxAnalyser.bundled();
    System.out.printf(
        Locale.ROOT,
        "knowledge loaded in %.2f s: %d genes called from VCF, %d positions%n",
        seconds(loadStart),
        analyser.vcfGenes().size(),
        analyser.positions().size());

    Path dir = ScratchDirectory.workDirectory(workDir, "gms-benchmark-pgx");
    Path vcf = dir.resolve("pgx-" + samples + "-samples.vcf.gz");
    long genStart = System.nanoTime();
    int examples = generate(analyser, vcf);
    System.out.printf(
        Locale.ROOT,
        "generated %s: %d samples (%d from the reference tool's examples), %.1f MB, in %.1f s%n",
        vcf,
        samples,
        examples,
        Files.size(vcf) / 1e6,
        seconds(genStart));

    VcfGenotypeReader reader = new VcfGenotypeReader(analyser.positions());
    List<SampleGenotypes> all = reader.read(vcf, s -> true).samples();
    measure("read VCF (one pass, all samples)", all.size(), 1, () -> reader.read(vcf, s -> true));

    // Warm-up: two untimed passes of everything, so that every phase runs compiled code.
    for (SampleGenotypes sample : all) {
      PgxReportJson.toString(analyser.analyse(sample, List.of(), null, List.of()));
    }
    long bytes = 0;
    int recommendations = 0;
    for (SampleGenotypes sample : all) {
      var report = analyser.analyse(sample, List.of(), null, List.of());
      recommendations += report.recommendations().size();
      bytes += PgxReportJson.toString(report).length();
    }
    long called =
        all.stream()
            .flatMap(sample -> analyser.callGenes(sample).stream())
            .filter(c -> c.callable())
            .count();

    measure(
        "diplotype calling only, 1 thread",
        all.size(),
        1,
        () -> all.forEach(sample -> analyser.callGenes(sample)));
    measure(
        "calling + phenotypes + recommendations, 1 thread",
        all.size(),
        1,
        () -> all.forEach(sample -> analyser.analyse(sample, List.of(), null, List.of())));
    measure(
        "... and JSON report, 1 thread",
        all.size(),
        1,
        () ->
            all.forEach(
                sample ->
                    PgxReportJson.toString(analyser.analyse(sample, List.of(), null, List.of()))));
    int workers = threads == null ? cores : threads;
    if (workers > 1) {
      List<Thread> poolThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              workers,
              task -> {
                Thread thread = new Thread(task, "pgx-benchmark-" + poolThreads.size());
                poolThreads.add(thread);
                return thread;
              });
      try {
        measure(
            "calling + phenotypes + recommendations, " + workers + " threads",
            all.size(),
            workers,
            () -> cpuNanos(poolThreads),
            () -> {
              List<Future<?>> futures = new ArrayList<>();
              for (SampleGenotypes sample : all) {
                futures.add(
                    pool.submit(() -> analyser.analyse(sample, List.of(), null, List.of())));
              }
              for (Future<?> future : futures) {
                try {
                  future.get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            });
      } finally {
        pool.shutdownNow();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "calls: %.1f genes called per sample (of %d); %.1f recommendations per sample; %.1f KB"
            + " JSON per sample%n",
        called / (double) all.size(),
        analyser.vcfGenes().size(),
        recommendations / (double) all.size(),
        bytes / 1024.0 / all.size());
    System.out.printf(
        Locale.ROOT,
        "goal: 100 samples/s per core for calling (reference tool: 1.2-5.9 s per sample);"
            + " load average at the end: %.1f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        cores);
    return 0;
  }

  /** As {@link #measure(String, int, int, LongSupplier, Runnable)}, on the calling thread. */
  private static void measure(String what, int count, int threads, Runnable pass) {
    measure(what, count, threads, THREADS::getCurrentThreadCpuTime, pass);
  }

  /**
   * Runs a pass three times; prints the best and the median wall-clock rate per core, and the
   * median rate per CPU-second of the threads that did the work ({@code workCpuNanos}), which the
   * load of a shared machine does not dilute as it does the wall clock (the collector's and the
   * compiler's threads are not counted; the process's CPU time is printed beside it).
   */
  private static void measure(
      String what, int count, int threads, LongSupplier workCpuNanos, Runnable pass) {
    double[] seconds = new double[3];
    double[] cpuSeconds = new double[3];
    double[] processCpuSeconds = new double[3];
    for (int run = 0; run < seconds.length; run++) {
      long processStart = processCpuNanos();
      long cpuStart = workCpuNanos.getAsLong();
      long start = System.nanoTime();
      pass.run();
      seconds[run] = seconds(start);
      cpuSeconds[run] = (workCpuNanos.getAsLong() - cpuStart) / 1e9;
      processCpuSeconds[run] = (processCpuNanos() - processStart) / 1e9;
    }
    java.util.Arrays.sort(seconds);
    java.util.Arrays.sort(cpuSeconds);
    java.util.Arrays.sort(processCpuSeconds);
    System.out.printf(
        Locale.ROOT,
        "%-50s %5d samples: best %6.2f s = %,6.0f samples/s/core (median %,6.0f);"
            + " %,6.0f samples per CPU-second (process: %,6.0f)%n",
        what + ":",
        count,
        seconds[0],
        count / seconds[0] / threads,
        count / seconds[1] / threads,
        count / cpuSeconds[1],
        count / processCpuSeconds[1]);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the whole process so far (every thread), or 0 where the runtime cannot say. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** The CPU time the given threads have used so far. */
  private static long cpuNanos(List<Thread> threads) {
    long total = 0;
    for (Thread thread : threads) {
      total += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
    }
    return total;
  }

  /** Writes the VCF; returns how many samples came from the reference tool's examples. */
  private int generate(PgxAnalyser analyser, Path vcf) throws IOException {
    Random random = new Random(seed);
    List<SampleGenotypes> examples = exampleSamples(analyser);
    List<GeneDefinition> genes =
        analyser.vcfGenes().stream().map(g -> analyser.knowledge().definitions().get(g)).toList();
    Map<DefinedPosition, String[]> columns = new LinkedHashMap<>();
    for (GeneDefinition gene : genes) {
      for (DefinedPosition position : gene.positions()) {
        columns.put(position, new String[samples]);
      }
    }
    for (int s = 0; s < samples; s++) {
      if (s < examples.size()) {
        copy(examples.get(s), columns, s);
        continue;
      }
      for (GeneDefinition gene : genes) {
        NamedAllele first = pick(gene, random);
        NamedAllele second = pick(gene, random);
        for (int p = 0; p < gene.positions().size(); p++) {
          DefinedPosition position = gene.positions().get(p);
          columns.get(position)[s] =
              random.nextDouble() < missing
                  ? "./."
                  : index(gene, first, p, random) + "/" + index(gene, second, p, random);
        }
      }
    }
    List<DefinedPosition> sorted = new ArrayList<>(columns.keySet());
    sorted.sort(
        Comparator.comparing((DefinedPosition p) -> chromosomeOrder(p.chromosome()))
            .thenComparingLong(DefinedPosition::position));
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new BgzfOutputStream(Files.newOutputStream(vcf)), StandardCharsets.UTF_8),
            1 << 16)) {
      out.write(
          "##fileformat=VCFv4.2\n##source=gms benchmark pgx (named alleles of the bundled"
              + " definitions)\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
      out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
      for (int s = 0; s < samples; s++) {
        out.write('\t');
        out.write(s < examples.size() ? examples.get(s).sampleId() : String.format("S%05d", s));
      }
      out.write('\n');
      for (DefinedPosition position : sorted) {
        out.write(
            position.chromosome()
                + "\t"
                + position.position()
                + "\t"
                + (position.rsid() == null ? "." : position.rsid())
                + "\t"
                + position.ref()
                + "\t"
                + String.join(",", position.alts())
                + "\t.\tPASS\t.\tGT");
        for (String gt : columns.get(position)) {
          out.write('\t');
          out.write(gt);
        }
        out.write('\n');
      }
    }
    return examples.size();
  }

  private List<SampleGenotypes> exampleSamples(PgxAnalyser analyser) {
    Optional<Path> shared = SharedReference.file(EXAMPLES);
    if (shared.isEmpty()) {
      return List.of();
    }
    List<SampleGenotypes> found =
        new VcfGenotypeReader(analyser.positions()).read(shared.get(), s -> true).samples();
    return found.subList(0, Math.min(found.size(), samples));
  }

  private static void copy(SampleGenotypes sample, Map<DefinedPosition, String[]> columns, int s) {
    columns.forEach(
        (position, column) -> {
          Optional<PositionGenotype> call = sample.at(position.chromosome(), position.position());
          column[s] =
              call.map(g -> gtIndex(position, g.first()) + "/" + gtIndex(position, g.second()))
                  .orElse("./.");
        });
  }

  /** Half the time the reference allele, otherwise any named allele of the gene. */
  private static NamedAllele pick(GeneDefinition gene, Random random) {
    List<NamedAllele> alleles = gene.alleles();
    return random.nextBoolean()
        ? alleles.get(0)
        : alleles.get(1 + random.nextInt(alleles.size() - 1));
  }

  /** The GT index of the allele's base at a position; an IUPAC code gives one of its bases. */
  private static String index(GeneDefinition gene, NamedAllele allele, int p, Random random) {
    DefinedPosition position = gene.positions().get(p);
    String base = allele.bases().get(p);
    if (base == null) {
      base = gene.referenceAllele().bases().get(p);
    }
    int index = gtIndex(position, base);
    if (index >= 0) {
      return String.valueOf(index);
    }
    List<Integer> options = new ArrayList<>();
    List<String> known = position.knownAlleles();
    for (int k = 0; k < known.size(); k++) {
      if (known.get(k).length() == 1
          && iupac(base.charAt(0)).indexOf(known.get(k).charAt(0)) >= 0) {
        options.add(k);
      }
    }
    return String.valueOf(options.isEmpty() ? 0 : options.get(random.nextInt(options.size())));
  }

  private static int gtIndex(DefinedPosition position, String allele) {
    return position.knownAlleles().indexOf(allele);
  }

  private static String iupac(char code) {
    return switch (code) {
      case 'R' -> "AG";
      case 'Y' -> "CT";
      case 'S' -> "CG";
      case 'W' -> "AT";
      case 'K' -> "GT";
      case 'M' -> "AC";
      default -> "ACGT";
    };
  }

  private static int chromosomeOrder(String chromosome) {
    String bare = chromosome.replaceFirst("^chr", "");
    return switch (bare) {
      case "X" -> 23;
      case "Y" -> 24;
      case "M", "MT" -> 25;
      default -> Integer.parseInt(bare);
    };
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
