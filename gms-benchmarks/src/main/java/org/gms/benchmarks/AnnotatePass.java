package org.gms.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.GenomicsException;

/**
 * The figures of one annotation pass of {@code ./gms benchmark annotate}, and how a pass run in a
 * fresh JVM hands them back (one tab-separated line).
 */
record AnnotatePass(
    double seconds,
    double cpuSeconds,
    double loadingSeconds,
    long peakHeapUsed,
    long maxHeapAfterGc,
    long liveHeapMin,
    long liveHeapMax,
    long liveHeapSamples,
    String peakRss,
    String loadBefore,
    String summary) {

  private static final String MARK = "one-pass\t";

  String serialised() {
    return MARK
        + String.join(
            "\t",
            Double.toString(seconds),
            Double.toString(cpuSeconds),
            Double.toString(loadingSeconds),
            Long.toString(peakHeapUsed),
            Long.toString(maxHeapAfterGc),
            Long.toString(liveHeapMin),
            Long.toString(liveHeapMax),
            Long.toString(liveHeapSamples),
            peakRss,
            loadBefore,
            summary);
  }

  /**
   * With the live heap: what each periodic full collection left, from the collector's own log lines
   * ({@code Pause Full (System.gc()) 180M->52M(512M)}).
   */
  AnnotatePass withLiveHeap(String gcLog) {
    Matcher m = Pattern.compile("Pause Full \\(System\\.gc\\(\\)\\) \\d+M->(\\d+)M").matcher(gcLog);
    long min = Long.MAX_VALUE;
    long max = 0;
    long samples = 0;
    while (m.find()) {
      long live = Long.parseLong(m.group(1)) << 20;
      min = Math.min(min, live);
      max = Math.max(max, live);
      samples++;
    }
    return new AnnotatePass(
        seconds,
        cpuSeconds,
        loadingSeconds,
        peakHeapUsed,
        maxHeapAfterGc,
        samples == 0 ? 0 : min,
        max,
        samples,
        peakRss,
        loadBefore,
        summary);
  }

  static AnnotatePass parse(String output) {
    String line =
        output
            .lines()
            .filter(l -> l.startsWith(MARK))
            .findFirst()
            .orElseThrow(() -> new GenomicsException("The annotate pass failed: " + output));
    String[] f = line.substring(MARK.length()).split("\t", -1);
    return new AnnotatePass(
        Double.parseDouble(f[0]),
        Double.parseDouble(f[1]),
        Double.parseDouble(f[2]),
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        Long.parseLong(f[5]),
        Long.parseLong(f[6]),
        Long.parseLong(f[7]),
        f[8],
        f[9],
        f[10]);
  }
}
