package org.gms.benchmarks;

import static org.gms.benchmarks.BenchmarkVcfIoCommand.bcftoolsPass;
import static org.gms.benchmarks.BenchmarkVcfIoCommand.findOnPath;
import static org.gms.benchmarks.BenchmarkVcfIoCommand.megabytes;
import static org.gms.benchmarks.BenchmarkVcfIoCommand.peakRssOfThisProcess;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.gms.benchmarks.BenchmarkVcfIoCommand.Pass;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.Gms;
import org.gms.genomics.GenomicsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark annotate}: the whole {@code ./gms annotate} pipeline (read, check against
 * the reference, normalise, annotate, write bgzipped VCF) on a whole-genome-sized VCF made from
 * real records ({@link WholeGenomeVcf}), against {@code bcftools view} reading and writing the same
 * file, at two input sizes so that memory can be compared.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: run the full './gms annotate' pipeline on a whole-genome-sized VCF.gz made from"
          + " real records and the real shared transcripts and reference, at two sizes, each in"
          + " a fresh JVM; print records/s, CPU time, peak and live heap, peak RSS, the load"
          + " average and the wall and CPU ratios to 'bcftools view -Oz' on the same file (which"
          + " must be installed: apt-get install -y bcftools). Run with a modest heap to show"
          + " memory does not grow: GMS_JAVA_OPTS=-Xmx512m ./gms benchmark annotate"
    })
final class BenchmarkAnnotateCommand implements Callable<Integer> {

  static final List<String> TRANSCRIPTS =
      List.of(
          "transcripts/cellbase-32genes/cellbase_grch38.gtf",
          "transcripts/vep-chr21/ensembl84.chr21.gff3.gz",
          "transcripts/bcftools-6regions/bcftools_csq_grch38.abs.gff3");
  static final List<String> SEQUENCES =
      List.of("transcripts/cellbase-32genes/cellbase_grch38.cdna.fa");
  static final List<String> REFERENCE =
      List.of(
          "transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa",
          "transcripts/cellbase-32genes/cellbase_grch38.regions.fa",
          "transcripts/bcftools-6regions/bcftools_csq_grch38.regions.fa");
  static final List<String> CLINVAR = List.of("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz");
  static final List<String> TEMPLATES =
      List.of(
          "vcf/1000G-CanDIG/HG02102.vcf.gz",
          "vcf/1000G-CanDIG/NA20787.vcf.gz",
          "vcf/PGP-hu82436A/hu82436A.vcf.gz",
          "vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz");

  @Option(
      names = "--records",
      defaultValue = "5000000",
      description = "Records of the whole-genome-sized input (default: ${DEFAULT-VALUE}).")
  long records;

  @Option(
      names = "--small-records",
      defaultValue = "1000000",
      description =
          "Records of the smaller input run first, to compare memory; 0 to skip (default:"
              + " ${DEFAULT-VALUE}).")
  long smallRecords;

  @Option(
      names = "--genic-fraction",
      defaultValue = "0.5",
      description =
          "Share of records placed inside the transcripts (+-5 kb) where the reference has"
              + " sequence, as in a whole genome annotated with a complete transcript set"
              + " (default: ${DEFAULT-VALUE}).")
  double genicFraction;

  @Option(
      names = "--seed",
      defaultValue = "20261124",
      description = "Random seed; generated inputs are cached per seed and size.")
  long seed;

  @Option(
      names = "--threads",
      description = "Annotation threads, and bcftools --threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--work-dir",
      description = "Cache of generated inputs and outputs (default: a folder in the temp dir).")
  Path workDir;

  @Option(
      names = "--one-pass",
      hidden = true,
      description = "Internal: run one annotate pass on this input in this JVM and print figures.")
  Path onePass;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (onePass != null) {
      int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      Path output = onePass.resolveSibling("gms-annotated.vcf.gz");
      AnnotatePass run = annotate(AnnotateInputs.find(), onePass, output, workers);
      System.out.println(run.serialised());
      return 0;
    }
    if (records < 1 || smallRecords < 0 || genicFraction < 0 || genicFraction > 1) {
      throw new IllegalArgumentException(
          "--records must be positive, --small-records at least 0, --genic-fraction in [0, 1]");
    }
    AnnotateInputs inputs = AnnotateInputs.find();
    int cores = Runtime.getRuntime().availableProcessors();
    int workers = threads == null ? cores : threads;
    Path dir = ScratchDirectory.workDirectory(workDir, "gms-benchmark-annotate");
    Path bcftools = findOnPath("bcftools");
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, max heap %s, %s; bcftools: %s%n",
        cores,
        megabytes(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        bcftools == null
            ? "NOT INSTALLED (apt-get install -y bcftools): no comparison will be made"
            : bcftools);
    WholeGenomeVcf generator =
        new WholeGenomeVcf(
            inputs.templates(), inputs.transcripts(), inputs.reference(), genicFraction, seed);
    List<Long> sizes = smallRecords > 0 ? List.of(smallRecords, records) : List.of(records);
    Path largest = null;
    AnnotatePass ours = null;
    for (long size : sizes) {
      Path input = dir.resolve("genome-" + seed + "-" + genicFraction + "-" + size + ".vcf.gz");
      if (Files.exists(input)) {
        System.out.printf("input: %s (%s, reused)%n", input, megabytes(Files.size(input)));
      } else {
        System.out.println(generator.write(input, size, workers));
      }
      ours = annotateInFreshJvm(input, workers);
      System.out.printf(
          Locale.ROOT,
          "gms annotate, %,d records (%d threads): %.1f s (%.1f s loading, %.1f s streaming) ="
              + " %,.0f records/s overall, %,.0f records/s streaming; CPU %.1f s = %,.0f records"
              + " per CPU-second; peak heap used %s, largest heap after a GC %s, live heap after"
              + " a full GC every 10 s %s to %s (%d samples), peak RSS %s; load average %s ->"
              + " %s%n",
          size,
          workers,
          ours.seconds(),
          ours.loadingSeconds(),
          ours.seconds() - ours.loadingSeconds(),
          size / ours.seconds(),
          size / (ours.seconds() - ours.loadingSeconds()),
          ours.cpuSeconds(),
          size / ours.cpuSeconds(),
          megabytes(ours.peakHeapUsed()),
          megabytes(ours.maxHeapAfterGc()),
          megabytes(ours.liveHeapMin()),
          megabytes(ours.liveHeapMax()),
          ours.liveHeapSamples(),
          ours.peakRss(),
          ours.loadBefore() + " before, " + loadAverage() + " after",
          ours.summary().strip());
      largest = input;
    }
    if (bcftools == null) {
      System.out.println(
          "bcftools: NOT INSTALLED (apt-get install -y bcftools): no ratio to bcftools measured");
      return 0;
    }
    String load = loadAverage();
    Pass single = bcftoolsPass(largest, dir.resolve("bcftools-out.vcf.gz"), List.of());
    Pass threaded =
        bcftoolsPass(
            largest,
            dir.resolve("bcftools-out.vcf.gz"),
            List.of("--threads", String.valueOf(workers)));
    System.out.printf(
        Locale.ROOT,
        "bcftools view -Oz: %.1f s = %,.0f records/s, CPU %.1f s; with --threads %d: %.1f s ="
            + " %,.0f records/s, CPU %.1f s; peak RSS %s; load average %s before%n",
        single.seconds(),
        records / single.seconds(),
        single.cpuSeconds(),
        workers,
        threaded.seconds(),
        records / threaded.seconds(),
        threaded.cpuSeconds(),
        single.peakRss(),
        load);
    System.out.printf(
        Locale.ROOT,
        "ratio gms annotate / bcftools view -Oz: %.2f (goal: at most 2.0); / bcftools view -Oz"
            + " --threads %d: %.2f; streaming only: %.2f and %.2f%n",
        ours.seconds() / single.seconds(),
        workers,
        ours.seconds() / threaded.seconds(),
        (ours.seconds() - ours.loadingSeconds()) / single.seconds(),
        (ours.seconds() - ours.loadingSeconds()) / threaded.seconds());
    System.out.printf(
        Locale.ROOT,
        "CPU time gms annotate / bcftools view -Oz: %.2f (less sensitive to other load than wall"
            + " time; on 2 idle cores the wall ratio would be about half of it if both threads"
            + " stay busy)%n",
        ours.cpuSeconds() / single.cpuSeconds());
    return 0;
  }

  /**
   * One pass in a new JVM with this JVM's options (-Xmx...), as {@code ./gms annotate} runs: cold
   * start, JIT warm-up and all, and memory figures of that process alone.
   */
  private AnnotatePass annotateInFreshJvm(Path input, int workers)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-Xlog:gc:stdout");
    String launched = System.getProperty("sun.java.command", "");
    if (launched.endsWith(".jar") || launched.contains(".jar ")) {
      command.add("-jar"); // the ./gms launcher: a Spring Boot jar with its own class loader
      command.add(launched.substring(0, launched.indexOf(".jar") + 4));
    } else {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Gms.class.getName());
    }
    command.addAll(
        List.of(
            "benchmark",
            "annotate",
            "--one-pass",
            input.toString(),
            "--threads",
            String.valueOf(workers)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new GenomicsException("The annotate pass failed: " + output.strip());
    }
    return AnnotatePass.parse(output).withLiveHeap(output);
  }

  /** One {@code ./gms annotate} run, exactly as the command line runs it, with memory watched. */
  private static AnnotatePass annotate(AnnotateInputs inputs, Path input, Path output, int workers)
      throws InterruptedException {
    List<String> args = new ArrayList<>(List.of("annotate", "--input", input.toString()));
    args.add("--transcripts");
    inputs.transcripts().forEach(p -> args.add(p.toString()));
    args.add("--transcript-sequences");
    inputs.sequences().forEach(p -> args.add(p.toString()));
    args.add("--reference");
    inputs.reference().forEach(p -> args.add(p.toString()));
    args.addAll(
        List.of(
            "--clinvar",
            inputs.clinvar().toString(),
            "--build",
            "GRCh38",
            "--threads",
            String.valueOf(workers),
            "--output",
            output.toString()));
    HeapWatch watch = HeapWatch.start();
    StringWriter err = new StringWriter();
    String load = loadAverage();
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    int exit =
        Gms.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
    watch.stop();
    if (exit != 0) {
      throw new GenomicsException(
          "./gms annotate failed on " + input + ": " + err.toString().strip());
    }
    String summary = err.toString();
    return new AnnotatePass(
        seconds,
        cpuSeconds,
        loadingSeconds(summary),
        watch.peakUsed.get(),
        watch.maxAfterGc.get(),
        0,
        0,
        0,
        peakRssOfThisProcess(),
        load,
        summary.lines().findFirst().orElse(""));
  }

  /** CPU time of this whole process, all threads (JIT and garbage collector included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The "N s loading inputs" figure of the annotate summary line. */
  private static double loadingSeconds(String summary) {
    Matcher m = Pattern.compile("([0-9.]+) s loading inputs").matcher(summary);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** The 1-, 5- and 15-minute load averages, as the kernel reports them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /**
   * Heap in use sampled every 20 ms (peak, garbage included) and the heap left after each garbage
   * collection (the largest: what the run keeps alive at most).
   */
  private static final class HeapWatch {
    private static final long LIVE_EVERY_NANOS = 10_000_000_000L;
    final AtomicLong peakUsed = new AtomicLong();
    final AtomicLong maxAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> afterGc(notification);
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
      sampler =
          new Thread(
              () -> {
                long nextFullGc = System.nanoTime() + LIVE_EVERY_NANOS;
                while (running) {
                  long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                  peakUsed.accumulateAndGet(used, Math::max);
                  if (System.nanoTime() > nextFullGc) {
                    // what the run keeps alive: the collector logs the heap the full collection
                    // leaves (-Xlog:gc, read by the parent), before the workers allocate again
                    System.gc();
                    nextFullGc = System.nanoTime() + LIVE_EVERY_NANOS;
                  }
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
    }

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(watch.listener, null, null);
          watch.emitters.add(emitter);
        }
      }
      watch.sampler.start();
      return watch;
    }

    private void afterGc(Notification notification) {
      if (!"com.sun.management.gc.notification".equals(notification.getType())
          || !(notification.getUserData() instanceof CompositeData data)) {
        return;
      }
      CompositeData info = (CompositeData) data.get("gcInfo");
      if (info == null) {
        return;
      }
      long used = 0;
      for (Object entry : ((TabularData) info.get("memoryUsageAfterGc")).values()) {
        CompositeData pool = (CompositeData) entry;
        String name = (String) pool.get("key");
        if (name.contains("Metaspace") || name.contains("Code") || name.contains("Class")) {
          continue;
        }
        used += MemoryUsage.from((CompositeData) pool.get("value")).getUsed();
      }
      maxAfterGc.accumulateAndGet(used, Math::max);
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // already gone
        }
      }
    }
  }
}
