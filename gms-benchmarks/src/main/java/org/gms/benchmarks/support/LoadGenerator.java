package org.gms.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationContext;

/**
 * Closed-loop HTTP load on loopback: each client sends its next request when the last one is
 * answered and, like a person, after a think time (uniform between half and one and a half times
 * the mean; zero for machine clients); a warm-up, then a measured time; latencies per kind.
 */
public final class LoadGenerator {

  /** One request of a client: its kind (for the report) and how to send it. */
  public interface Step {
    String kind();

    HttpResponse<String> send(HttpClient http) throws Exception;
  }

  /** How a step is sent. */
  public interface Request {
    HttpResponse<String> send(HttpClient http) throws Exception;
  }

  /** A step of the kind, sent as the request says. */
  public static Step step(String kind, Request request) {
    return new Step() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public HttpResponse<String> send(HttpClient http) throws Exception {
        return request.send(http);
      }
    };
  }

  /** The port the started server listens on. */
  public static int port(ApplicationContext server) {
    return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
  }

  /** A GET of the JSON at the address with the bearer token. */
  public static HttpResponse<String> get(HttpClient http, String uri, String token)
      throws Exception {
    return http.send(
        bearer(uri, token).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of the JSON body to the address with the bearer token. */
  public static HttpResponse<String> post(HttpClient http, String uri, String token, String body)
      throws Exception {
    return http.send(
        bearer(uri, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder bearer(String uri, String token) {
    return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token);
  }

  /** The next step of client {@code client}, its {@code n}th. */
  public interface Script {
    Step next(int client, long n);
  }

  /** Latencies in nanoseconds, sorted, per kind; errors are non-2xx answers and exceptions. */
  public record Result(
      Map<String, long[]> latencies, long errors, String firstError, int seconds) {}

  private LoadGenerator() {}

  public static HttpClient client(int threads) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(Math.max(2, threads)))
        .build();
  }

  /** Runs the script with the options' clients, warm-up and measured time, back to back. */
  public static Result run(HttpClient http, LoadOptions load, Script script) throws Exception {
    return run(http, load, 0, script);
  }

  /** Runs the script with the options' clients, warm-up and measured time, and think time. */
  public static Result run(HttpClient http, LoadOptions load, long thinkMillis, Script script)
      throws Exception {
    return run(http, load.clients(), load.warmup(), load.seconds(), thinkMillis, script);
  }

  public static Result run(HttpClient http, int clients, int warmup, int seconds, Script script)
      throws Exception {
    return run(http, clients, warmup, seconds, 0, script);
  }

  public static Result run(
      HttpClient http, int clients, int warmup, int seconds, long thinkMillis, Script script)
      throws Exception {
    long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
    long end = measureFrom + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    Map<String, List<long[]>> byKind = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                Map<String, long[]> mine = new TreeMap<>();
                Map<String, Integer> counts = new TreeMap<>();
                for (long n = 0; ; n++) {
                  long sent = System.nanoTime();
                  if (sent >= end) {
                    break;
                  }
                  Step step = script.next(client, n);
                  try {
                    HttpResponse<String> response = step.send(http);
                    if (response.statusCode() / 100 != 2) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          null, step.kind() + ": " + response.statusCode() + " " + response.body());
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, step.kind() + ": " + e);
                  }
                  long took = System.nanoTime() - sent;
                  if (thinkMillis > 0) {
                    Thread.sleep(
                        java.util.concurrent.ThreadLocalRandom.current()
                            .nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
                  }
                  if (sent >= measureFrom) {
                    long[] latencies = mine.computeIfAbsent(step.kind(), k -> new long[1024]);
                    int count = counts.getOrDefault(step.kind(), 0);
                    if (count == latencies.length) {
                      latencies = Arrays.copyOf(latencies, count * 2);
                      mine.put(step.kind(), latencies);
                    }
                    latencies[count] = took;
                    counts.put(step.kind(), count + 1);
                  }
                }
                mine.forEach(
                    (kind, latencies) ->
                        byKind
                            .computeIfAbsent(
                                kind,
                                k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(Arrays.copyOf(latencies, counts.get(kind))));
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    Map<String, long[]> sorted = new TreeMap<>();
    byKind.forEach(
        (kind, parts) ->
            sorted.put(kind, parts.stream().flatMapToLong(Arrays::stream).sorted().toArray()));
    return new Result(sorted, errors.get(), firstError.get(), seconds);
  }

  /** Prints throughput and latency quantiles per kind, and the machine's load. */
  public static void report(String name, Result result, String goal) {
    long total = result.latencies().values().stream().mapToLong(l -> l.length).sum();
    System.out.printf(
        "%s: %d requests in %d s = %.0f requests/s, errors %d%n",
        name, total, result.seconds(), total / (double) result.seconds(), result.errors());
    result
        .latencies()
        .forEach(
            (kind, sorted) ->
                System.out.printf(
                    "%s: %-16s n=%-7d latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    name,
                    kind,
                    sorted.length,
                    ms(sorted, 0.50),
                    ms(sorted, 0.90),
                    ms(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
    System.out.printf("%s: goal %s%n", name, goal);
    if (result.firstError() != null) {
      System.out.println(name + ": first error: " + result.firstError());
    }
    System.out.printf(
        "%s: machine: %d cores, load average %.1f (client and server share the cores)%n",
        name,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  public static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
