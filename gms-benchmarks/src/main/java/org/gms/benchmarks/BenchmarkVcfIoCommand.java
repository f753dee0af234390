package org.gms.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.benchmarks.support.SharedReference;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.reference.AssemblyContigs;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.gms.genomics.variant.VcfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark vcf-io}: how fast the VCF reader and writer pass a whole-genome-sized file
 * through, against {@code bcftools view} doing the same, and whether memory stays flat.
 *
 * <p>The input is made by resampling real single-sample GRCh37 records (a GATK exome and the
 * Pfeiffer exome of the shared reference set) and placing them at sorted random positions along the
 * real chromosome lengths, so that lines have real INFO and FORMAT content.
 */
@Command(
    name = "vcf-io",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: read and write a whole-genome-sized VCF.gz (resampled from real records) with"
          + " the GMS reader/writer and with 'bcftools view -Oz'; prints records/s, wall time,"
          + " memory and the time ratio."
    })
final class BenchmarkVcfIoCommand implements Callable<Integer> {

  private static final List<String> DEFAULT_TEMPLATES =
      List.of("vcf/PGP-hu82436A/hu82436A.vcf.gz", "vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz");

  @Option(
      names = "--records",
      defaultValue = "5000000",
      description = "Records to generate (default: ${DEFAULT-VALUE}).")
  long records;

  @Option(
      names = "--work-dir",
      description =
          "Where the generated and written files go (default: a folder in the temporary directory).")
  Path workDir;

  @Option(
      names = "--threads",
      description = "Threads for compression and decompression (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--template",
      description =
          "Single-sample GRCh37 VCF(s) to resample records from (default: two real exomes of ../shared/reference).")
  List<Path> templates;

  @Option(
      names = "--checkpoint",
      defaultValue = "1000000",
      description = "Report live heap every this many records (default: ${DEFAULT-VALUE}).")
  long checkpoint;

  @Option(
      names = "--seed",
      defaultValue = "20260226",
      description = "Random seed for the generated positions.")
  long seed;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (records < 1 || checkpoint < 1) {
      throw new IllegalArgumentException("--records and --checkpoint must be positive");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int workers = threads == null ? cores : threads;
    Path dir = ScratchDirectory.workDirectory(workDir, "gms-benchmark-vcf-io");
    Path input = dir.resolve("genome-" + records + ".vcf.gz");
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, max heap %s, %s%n",
        cores,
        megabytes(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    if (Files.exists(input)) {
      System.out.printf("input: %s (%s, reused)%n", input, megabytes(Files.size(input)));
    } else {
      generate(input, workers);
    }
    Pass ours = ourPass(input, dir.resolve("gms-out.vcf.gz"), workers);
    System.out.printf(
        Locale.ROOT,
        "gms read+write (%d threads): %d records in %.1f s = %,.0f records/s; peak RSS %s;"
            + " peak heap %s; live heap after GC %s%n",
        workers,
        ours.records,
        ours.seconds,
        ours.records / ours.seconds,
        ours.peakRss,
        ours.peakHeap,
        ours.heapByCheckpoint);
    Path bcftools = findOnPath("bcftools");
    if (bcftools == null) {
      System.out.println(
          "bcftools: not installed (apt-get install -y bcftools), no comparison made");
      return 0;
    }
    Pass single = bcftoolsPass(input, dir.resolve("bcftools-out.vcf.gz"), List.of());
    Pass threaded =
        bcftoolsPass(
            input,
            dir.resolve("bcftools-out.vcf.gz"),
            List.of("--threads", String.valueOf(workers)));
    System.out.printf(
        Locale.ROOT,
        "bcftools view -Oz: %.1f s = %,.0f records/s; peak RSS %s%n",
        single.seconds,
        ours.records / single.seconds,
        single.peakRss);
    System.out.printf(
        Locale.ROOT,
        "bcftools view -Oz --threads %d: %.1f s = %,.0f records/s; peak RSS %s%n",
        workers,
        threaded.seconds,
        ours.records / threaded.seconds,
        threaded.peakRss);
    System.out.printf(
        Locale.ROOT,
        "ratio gms / bcftools view -Oz: %.2f (goal: at most 2.0); gms / bcftools --threads %d: %.2f%n",
        ours.seconds / single.seconds,
        workers,
        ours.seconds / threaded.seconds);
    return 0;
  }

  record Pass(
      long records,
      double seconds,
      String peakRss,
      String peakHeap,
      Map<String, String> heapByCheckpoint,
      double cpuSeconds) {}

  private void generate(Path input, int workers) throws IOException {
    long started = System.nanoTime();
    List<String> header = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    List<Path> sources = templates != null ? templates : defaultTemplates();
    for (Path template : sources) {
      readTemplate(template, header, tails);
    }
    if (tails.isEmpty()) {
      throw new IllegalArgumentException("The template VCFs hold no single-sample records");
    }
    Random random = new Random(seed);
    Map<String, Long> lengths =
        new LinkedHashMap<>(AssemblyContigs.of(GenomeBuild.GRCh37).lengths());
    lengths.remove("MT");
    long genome = lengths.values().stream().mapToLong(Long::longValue).sum();
    long written = 0;
    try (AtomicOutput output = AtomicOutput.create(input)) {
      Writer out = WholeGenomeVcf.bgzfText(output.stream(), workers);
      out.write(
          "##fileformat=VCFv4.2\n##source=gms benchmark vcf-io: real records of "
              + sources.stream().map(p -> p.getFileName().toString()).toList()
              + " placed at random positions\n##reference=GRCh37\n");
      for (String line : header) {
        out.write(line);
        out.write('\n');
      }
      lengths.forEach(
          (contig, length) ->
              writeUnchecked(
                  out, "##contig=<ID=" + contig + ",length=" + length + ",assembly=GRCh37>\n"));
      out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE\n");
      long remaining = records;
      long genomeLeft = genome;
      for (Map.Entry<String, Long> contig : lengths.entrySet()) {
        long count = Math.round((double) remaining * contig.getValue() / genomeLeft);
        genomeLeft -= contig.getValue();
        remaining -= count;
        long[] positions = new long[(int) count];
        for (int i = 0; i < positions.length; i++) {
          positions[i] = 10_000 + (long) (random.nextDouble() * (contig.getValue() - 20_000));
        }
        Arrays.sort(positions);
        for (long position : positions) {
          out.write(contig.getKey());
          out.write('\t');
          out.write(Long.toString(position));
          out.write('\t');
          out.write(tails.get(random.nextInt(tails.size())));
          out.write('\n');
          written++;
        }
      }
      out.flush();
      out.close();
      output.commit();
    }
    System.out.printf(
        Locale.ROOT,
        "input: %s (%,d records, %s; generated in %.1f s from %,d real records)%n",
        input,
        written,
        megabytes(Files.size(input)),
        (System.nanoTime() - started) / 1e9,
        tails.size());
  }

  static void writeUnchecked(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Collects FILTER/INFO/FORMAT definitions (first one of an ID wins) and record tails from ID on.
   */
  static void readTemplate(Path template, List<String> header, List<String> tails) {
    VcfReadOptions options =
        VcfReadOptions.defaults().withLenient(true).withBuild(GenomeBuild.GRCh37);
    try (VcfReader reader = VcfReader.open(template, options)) {
      if (reader.header().samples().size() != 1) {
        throw new IllegalArgumentException(
            "Template " + template + " must have exactly one sample");
      }
      for (String line : reader.header().metaLines()) {
        if (line.startsWith("##INFO=")
            || line.startsWith("##FORMAT=")
            || line.startsWith("##FILTER=")) {
          String id = line.substring(0, Math.max(line.indexOf(','), 0) + 1);
          if (header.stream().noneMatch(l -> l.startsWith(id))) {
            header.add(line);
          }
        }
      }
      for (VcfRecord record : reader) {
        String text = record.text();
        int second = text.indexOf('\t', text.indexOf('\t') + 1);
        tails.add(text.substring(second + 1));
      }
    }
  }

  private static List<Path> defaultTemplates() {
    return SharedReference.files(DEFAULT_TEMPLATES)
        .orElseThrow(
            () ->
                new GenomicsException(
                    "The real template VCFs "
                        + DEFAULT_TEMPLATES
                        + " were not found ("
                        + SharedReference.whereLooked()
                        + "), or give single-sample GRCh37 VCFs with --template"));
  }

  private Pass ourPass(Path input, Path output, int workers) {
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    boolean rssReset = resetPeakRss();
    Map<String, String> heap = new LinkedHashMap<>();
    long count = 0;
    long started = System.nanoTime();
    try (VcfReader reader = VcfReader.open(input, VcfReadOptions.defaults().withThreads(workers));
        VcfWriter writer = VcfWriter.open(output, reader.header(), null, workers)) {
      VcfRecord record;
      while ((record = reader.read()) != null) {
        record.genotype(0);
        writer.write(record);
        if (++count % checkpoint == 0) {
          heap.put(String.format(Locale.ROOT, "%,d", count), megabytes(liveHeap()));
        }
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String rss = peakRssOfThisProcess() + (rssReset ? "" : " (since JVM start)");
    return new Pass(count, seconds, rss, megabytes(peakHeap), heap, Double.NaN);
  }

  /** Heap in use right after a full collection: what the pass keeps alive. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
        .mapToLong(p -> p.getCollectionUsage().getUsed())
        .sum();
  }

  static Pass bcftoolsPass(Path input, Path output, List<String> extra)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    Path time = Path.of("/usr/bin/time");
    boolean measured = Files.isExecutable(time);
    if (measured) {
      command.addAll(List.of(time.toString(), "-f", "cpu_s=%U+%S maxrss_kb=%M"));
    }
    command.addAll(List.of("bcftools", "view", "-Oz", "-o", output.toString()));
    command.addAll(extra);
    command.add(input.toString());
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
      throw new GenomicsException("bcftools failed: " + log.strip());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String rss = "not measured (no /usr/bin/time)";
    int at = log.lastIndexOf("maxrss_kb=");
    if (measured && at >= 0) {
      rss = megabytes(Long.parseLong(log.substring(at + 10).strip()) * 1024);
    }
    double cpu = Double.NaN;
    int cpuAt = log.lastIndexOf("cpu_s=");
    if (measured && cpuAt >= 0) {
      String[] parts = log.substring(cpuAt + 6, log.indexOf(' ', cpuAt)).split("\\+");
      cpu = Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]);
    }
    return new Pass(0, seconds, rss, "", Map.of(), cpu);
  }

  /** Resets the kernel's peak-RSS mark for this process (Linux {@code clear_refs} value 5). */
  static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  static String peakRssOfThisProcess() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return megabytes(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  static Path findOnPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    return Arrays.stream(path.split(java.io.File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
