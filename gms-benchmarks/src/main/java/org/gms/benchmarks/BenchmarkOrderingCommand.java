package org.gms.benchmarks;

import static org.gms.benchmarks.support.LoadGenerator.get;
import static org.gms.benchmarks.support.LoadGenerator.post;
import static org.gms.benchmarks.support.LoadGenerator.step;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.benchmarks.support.LoadOptions;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.ServerContext;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark ordering}: order submission and tracking under many concurrent users, and
 * (with {@code --kill}) what survives killing the server and its database mid-burst.
 */
@Command(
    name = "ordering",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: N concurrent clinicians submitting and tracking orders on loopback (p50/p99 per"
          + " request kind), server on embedded PostgreSQL. With --kill: kill -9 the server and its"
          + " database during a burst of submissions, restart, and check that every acknowledged"
          + " order is there once; with --kill --jvm-only, kill the server's JVM alone."
    })
final class BenchmarkOrderingCommand implements Callable<Integer> {

  @Mixin LoadOptions load = new LoadOptions(200);

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  static final int PATIENTS = 500;
  private static final int CLINICIANS = 20;
  private static final String PASSWORD = "benchmark-password";
  private static final String HUB = "Benchmark Hub";

  @Option(
      names = "--think-ms",
      defaultValue = "1000",
      description =
          "Mean pause of a user between requests, as people click (default: ${DEFAULT-VALUE};"
              + " 0 sends back to back).")
  long thinkMillis;

  @Option(names = "--kill", description = "Run the crash test instead of the load test.")
  boolean kill;

  @Option(
      names = "--jvm-only",
      description =
          "Crash test: kill only the server's JVM (as the OOM killer or a container stop does),"
              + " leaving its embedded PostgreSQL behind, and start again at once.")
  boolean jvmOnly;

  @Option(
      names = "--burst-seconds",
      defaultValue = "5",
      description =
          "Crash test: seconds of submissions before the kill (default: ${DEFAULT-VALUE}).")
  int burstSeconds;

  @Override
  public Integer call() throws Exception {
    Path dir = scratch.resolve("gms-bench-ordering-");
    System.out.println("ordering: platform data in " + dir);
    return kill ? new OrderingCrashRun(jvmOnly, burstSeconds).run(dir) : load(dir);
  }

  /** Directory, clinicians with tokens, and patients; returns the tokens. */
  static List<String> prepare(ConfigurableApplicationContext context) {
    long started = System.nanoTime();
    context.getBean(DirectoryImports.class).importBundledIfMissing();
    Accounts accounts = context.getBean(Accounts.class);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < CLINICIANS; i++) {
      String user = "bench-clinician-" + i;
      if (accounts.find(user).isEmpty()) {
        accounts.save(
            new Account(user, user, Set.of(Role.CLINICIAN), "Benchmark Hospital " + i % 4),
            PASSWORD);
      }
      tokens.add(accounts.issueToken(user, PASSWORD, "benchmark", Duration.ofHours(3)).token());
    }
    // orders go to a laboratory of the service: one with a scientist account
    if (accounts.find("bench-scientist").isEmpty()) {
      accounts.save(
          new Account("bench-scientist", "bench-scientist", Set.of(Role.LABORATORY_SCIENTIST), HUB),
          PASSWORD);
    }
    Patients patients = context.getBean(Patients.class);
    for (int i = 0; i < PATIENTS; i++) {
      NhsNumber nhs = nhsNumber(i);
      if (patients.find(nhs).isEmpty()) {
        patients.register(
            new Patient(nhs, "Benchmark Patient " + i, LocalDate.of(2010, 1, 1), Sex.UNKNOWN));
      }
    }
    System.out.printf(
        "ordering: directory, %d clinicians and %d patients ready in %.1f s%n",
        CLINICIANS, PATIENTS, (System.nanoTime() - started) / 1e9);
    return tokens;
  }

  private int load(Path dir) throws Exception {
    try (ConfigurableApplicationContext context =
        ServerContext.web(ScratchDirectory.serverProperties(dir))) {
      int port = LoadGenerator.port(context);
      List<String> tokens = prepare(context);
      String base = "http://127.0.0.1:" + port;
      AtomicLongArray lastOrder = new AtomicLongArray(load.clients());
      HttpClient http = LoadGenerator.client(load.clients());
      System.out.printf(
          "ordering: %d users, each submitting 1 order for every 3 tracking reads, mean think time"
              + " %d ms (offered load about %.0f requests/s); %d s warm-up, %d s measured%n",
          load.clients(),
          thinkMillis,
          load.offeredRequestsPerSecond(thinkMillis),
          load.warmup(),
          load.seconds());
      LoadGenerator.Result result =
          LoadGenerator.run(
              http,
              load,
              thinkMillis,
              (client, n) -> {
                String token = tokens.get(client % tokens.size());
                long last = lastOrder.get(client);
                if (n % 4 == 0 || last == 0) {
                  String key = "load-" + client + "-" + n + "-" + System.nanoTime();
                  return step(
                      "submit",
                      c -> {
                        HttpResponse<String> response =
                            post(
                                c,
                                base + "/api/orders",
                                token,
                                order(key, nhsNumber((int) ((client * 31L + n) % PATIENTS))));
                        Matcher id = ID.matcher(response.body());
                        if (id.find()) {
                          lastOrder.set(client, Long.parseLong(id.group(1)));
                        }
                        return response;
                      });
                }
                return n % 2 == 0
                    ? step("track one", c -> get(c, base + "/api/orders/" + last, token))
                    : step("track list", c -> get(c, base + "/api/orders?limit=20", token));
              });
      LoadGenerator.report("ordering", result, "p99 < 100 ms for submission and tracking reads");
    }
    return 0;
  }

  /** Valid NHS numbers in the 999 test range: the i-th with a usable check digit. */
  static NhsNumber nhsNumber(int i) {
    return NhsNumber.firstValidFrom(999_300_000L + i * 2L);
  }

  static String order(String key, NhsNumber patient) {
    return """
        {"requestKey": "%s", "patient": "%s", "indication": "R29", "test": "R29.4",
         "laboratory": "%s", "hpoTerms": ["HP:0001249"],
         "researchParticipation": true, "recontact": true,
         "orderAnywayReason": "load test: many orders per patient"}
        """
        .formatted(key, patient.value(), HUB);
  }
}
