package org.gms.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.gms.benchmarks.support.LoadGenerator;

/**
 * Times the Beacon queries over HTTP as one researcher client: the first query on its own (it reads
 * the store into memory, whose heap it reports), a warm-up, then each kind's latencies
 * (p50/p90/p99/max) and errors, with the machine they ran on, as the figures are only comparable
 * with that.
 */
final class BeaconQueryTiming {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String root;
  private final String token;

  /**
   * @param root the Beacon's base URL ({@code http://127.0.0.1:PORT/beacon/v2})
   * @param token the researcher's bearer token
   */
  BeaconQueryTiming(String root, String token) {
    this.root = root;
    this.token = token;
  }

  /** The first query, timed alone, and the heap the in-memory store takes. */
  void first(String gene) throws IOException, InterruptedException {
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    HttpResponse<String> first =
        get(root + "/g_variants?geneId=" + gene + "&requestedGranularity=count");
    System.out.printf(
        "beacon: first query (reads the store into memory) %.1f s: %s%n",
        (System.nanoTime() - started) / 1e9,
        first.body().length() > 300 ? first.body().substring(0, 300) + "..." : first.body());
    long heapAfter = usedHeap();
    System.out.printf(
        "beacon: heap in use after a full GC: %d MB before the first query, %d MB after: the"
            + " in-memory copy of the store takes about %d MB%n",
        heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);
  }

  /**
   * How many individuals a sample filter matches, as a check that the cohort is there; being the
   * first individuals query, it reads the phenotype index, whose time and heap it reports.
   */
  void sample() throws IOException, InterruptedException {
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    HttpResponse<String> sample = get(root + "/individuals?filters=HP:0001627");
    long took = System.nanoTime() - started;
    long heapAfter = usedHeap();
    System.out.printf(
        "beacon: individuals with HP:0001627 (or below): %s; first individuals query (reads the"
            + " phenotype index) %.0f ms, heap in use after a full GC %d KB more (the index and"
            + " the research ids it computed)%n",
        sample.body().replaceAll("(?s).*\"numTotalResults\"\\s*:\\s*(\\d+).*", "$1"),
        took / 1e6,
        (heapAfter - heapBefore) >> 10);
  }

  /** Warms up the JIT and the connection with up to 100 rounds of every kind. */
  void warmUp(Map<String, Supplier<String>> kinds, int queries)
      throws IOException, InterruptedException {
    for (int i = 0; i < Math.min(100, queries); i++) {
      for (var kind : kinds.values()) {
        get(kind.get());
      }
    }
  }

  /** Times the queries of each kind in turn and prints their latencies. */
  void time(Map<String, Supplier<String>> kinds, int queries)
      throws IOException, InterruptedException {
    for (var kind : kinds.entrySet()) {
      long[] latencies = new long[queries];
      int errors = 0;
      for (int i = 0; i < queries; i++) {
        String url = kind.getValue().get();
        long t = System.nanoTime();
        HttpResponse<String> response = get(url);
        latencies[i] = System.nanoTime() - t;
        if (response.statusCode() != 200) {
          errors++;
        }
      }
      Arrays.sort(latencies);
      System.out.printf(
          "beacon: %-27s n=%-5d latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  errors %d%n",
          kind.getKey(),
          queries,
          LoadGenerator.ms(latencies, 0.50),
          LoadGenerator.ms(latencies, 0.90),
          LoadGenerator.ms(latencies, 0.99),
          latencies[latencies.length - 1] / 1e6,
          errors);
    }
    System.out.println("beacon: goal p99 < 100 ms for position and gene queries, 10,000 genomes");
    System.out.printf(
        "beacon: machine: %d cores, max heap %d MB, load average %.1f (client, server and"
            + " database share the cores)%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
