package org.gms.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.record.DemoPatients;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxResults;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark cds-hooks}: latency and throughput of the CDS Hooks order-sign service
 * under concurrent load. Starts the server on an embedded PostgreSQL in a fresh folder, loads the
 * demo patients (real example VCFs), then N clients on loopback each send hook calls back to back
 * for a fixed time: a mix of calls that give cards (clopidogrel for the CYP2C19 poor metabolizer,
 * by RxNorm and by dm+d name) and calls that give none (a normal metabolizer, a drug without a
 * guideline, an unknown patient). Each call authenticates with a bearer token and is audited, as in
 * production.
 */
@Command(
    name = "cds-hooks",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: CDS Hooks order-sign latency (p50/p99) and throughput under concurrent load on"
          + " loopback, server on embedded PostgreSQL with the demo patients."
    })
final class BenchmarkCdsHooksCommand implements Callable<Integer> {

  private static final String POOR = DemoPatients.ALL.get(0).patient().nhsNumber().value();
  private static final String NORMAL = DemoPatients.ALL.get(1).patient().nhsNumber().value();
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final String SNOMED = "http://snomed.info/sct";

  @Option(
      names = "--clients",
      defaultValue = "16",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "Measured time (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "10",
      description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--data-dir",
      description = "Folder for the embedded database (default: a new temporary folder).")
  Path dataDir;

  /** One kind of call, and whether it should give cards. */
  private record Call(String name, String body, boolean cards) {}

  @Override
  public Integer call() throws Exception {
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("gms-bench-cds-");
    Map<String, Object> properties = new HashMap<>();
    properties.put("gms.db.data-dir", dir.toAbsolutePath().toString());
    properties.put("server.port", 0);
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.log-startup-info", "false");
    System.out.println("cds-hooks: starting the server on an embedded PostgreSQL in " + dir);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      long loading = System.nanoTime();
      DemoPatients.loadIfMissing(
          context.getBean(Patients.class), context.getBean(PgxResults.class));
      System.out.printf(
          "cds-hooks: demo patients loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
      Accounts accounts = context.getBean(Accounts.class);
      accounts.save(
          new Account("bench-clinician", "Benchmark", Set.of(Role.CLINICIAN), "Benchmark"),
          "bench-password");
      String token =
          accounts
              .issueToken("bench-clinician", "bench-password", "benchmark", Duration.ofHours(2))
              .token();
      run(port, token, calls());
    }
    return 0;
  }

  private void run(int port, String token, List<Call> calls) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/cds-services/gms-pgx-order-sign");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(Math.max(2, clients)))
            .build();
    for (Call call : calls) {
      HttpResponse<String> response = send(http, uri, token, call);
      boolean gaveCards = !response.body().contains("\"cards\":[]");
      if (response.statusCode() != 200 || gaveCards != call.cards()) {
        throw new IllegalStateException(
            "Call '"
                + call.name()
                + "' answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
    }
    System.out.printf(
        "cds-hooks: %d clients, %d s warm-up, %d s measured, %d kinds of call (checked)%n",
        clients, warmup, seconds, calls.size());
    long start = System.nanoTime();
    long measureFrom = start + warmup * 1_000_000_000L;
    long end = measureFrom + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      futures.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                int i = offset;
                while (true) {
                  long sent = System.nanoTime();
                  if (sent >= end) {
                    break;
                  }
                  Call call = calls.get(i++ % calls.size());
                  HttpResponse<String> response = send(http, uri, token, call);
                  long took = System.nanoTime() - sent;
                  if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, response.statusCode() + " " + response.body());
                  }
                  if (sent >= measureFrom) {
                    if (n == latencies.length) {
                      latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                  }
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> future : futures) {
      all.add(future.get());
    }
    pool.shutdown();
    long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    report(latencies, errors.get());
    if (firstError.get() != null) {
      System.out.println("cds-hooks: first error: " + firstError.get());
    }
  }

  private void report(long[] sorted, long errors) {
    int n = sorted.length;
    if (n == 0) {
      System.out.println("cds-hooks: no calls completed in the measured time");
      return;
    }
    System.out.printf(
        "cds-hooks: %d calls in %d s = %.0f calls/s, errors %d%n",
        n, seconds, n / (double) seconds, errors);
    System.out.printf(
        "cds-hooks: latency ms  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f"
            + "  (goal: p99 < 50)%n",
        ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99),
        ms(sorted, 0.999),
        sorted[n - 1] / 1e6);
    double[] load = loadAverage();
    System.out.printf(
        "cds-hooks: machine: %d cores, load average %.1f (shared with other work; client and"
            + " server on the same cores)%n",
        Runtime.getRuntime().availableProcessors(), load[0]);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static double[] loadAverage() {
    return new double[] {
      java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
    };
  }

  private static HttpResponse<String> send(HttpClient http, URI uri, String token, Call call)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(call.body()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<Call> calls() {
    return List.of(
        new Call(
            "poor metabolizer, clopidogrel (RxNorm)",
            body(POOR, RXNORM, "32968", "clopidogrel"),
            true),
        new Call(
            "poor metabolizer, clopidogrel (dm+d name)",
            body(POOR, SNOMED, "317935006", "Clopidogrel 75mg tablets"),
            true),
        new Call(
            "normal metabolizer, clopidogrel", body(NORMAL, RXNORM, "32968", "clopidogrel"), false),
        new Call(
            "poor metabolizer, acetaminophen", body(POOR, RXNORM, "161", "acetaminophen"), false),
        new Call("unknown patient", body("9434765919", RXNORM, "32968", "clopidogrel"), false));
  }

  private static String body(String patient, String system, String code, String display) {
    return """
        {"hook": "order-sign", "hookInstance": "bench",
         "context": {"userId": "Practitioner/bench", "patientId": "%s",
           "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
             {"resource": {"resourceType": "MedicationRequest", "id": "rx", "status": "draft",
               "intent": "order", "subject": {"reference": "Patient/%s"},
               "medicationCodeableConcept": {"coding": [
                 {"system": "%s", "code": "%s", "display": "%s"}]}}}]}}}
        """
        .formatted(patient, patient, system, code, display);
  }
}
