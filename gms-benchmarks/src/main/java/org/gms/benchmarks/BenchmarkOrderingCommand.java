package org.gms.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

  @Mixin LoadOptions load = new LoadOptions();

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int PATIENTS = 500;
  private static final int CLINICIANS = 20;
  private static final String PASSWORD = "benchmark-password";
  private static final String HUB = "Benchmark Hub";

  @Option(
      names = "--clients",
      defaultValue = "200",
      description = "Concurrent users (default: ${DEFAULT-VALUE}).")
  int clients;

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
    return kill ? crash(dir) : load(dir);
  }

  /** Directory, clinicians with tokens, and patients; returns the tokens. */
  private static List<String> prepare(ConfigurableApplicationContext context) {
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
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      List<String> tokens = prepare(context);
      String base = "http://127.0.0.1:" + port;
      AtomicLongArray lastOrder = new AtomicLongArray(clients);
      HttpClient http = LoadGenerator.client(clients);
      System.out.printf(
          "ordering: %d users, each submitting 1 order for every 3 tracking reads, mean think time"
              + " %d ms (offered load about %.0f requests/s); %d s warm-up, %d s measured%n",
          clients,
          thinkMillis,
          thinkMillis == 0 ? Double.POSITIVE_INFINITY : clients * 1000.0 / thinkMillis,
          load.warmup(),
          load.seconds());
      LoadGenerator.Result result =
          LoadGenerator.run(
              http,
              clients,
              load.warmup(),
              load.seconds(),
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

  private int crash(Path dir) throws Exception {
    List<String> tokens;
    try (ConfigurableApplicationContext context =
        ServerContext.offline(ScratchDirectory.serverProperties(dir))) {
      tokens = prepare(context);
    }
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    Process server = startServer(dir, port, "server.log");
    awaitUp(base);
    HttpClient http = LoadGenerator.client(32);
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    Set<String> attempted = ConcurrentHashMap.newKeySet();
    warmUp(http, base, tokens, acknowledged, attempted);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    long stopAt = System.nanoTime() + burstSeconds * 1_000_000_000L;
    for (int t = 0; t < 32; t++) {
      int thread = t;
      pool.submit(
          () -> {
            for (int n = 0; System.nanoTime() < stopAt + 2_000_000_000L; n++) {
              String key = "crash-" + thread + "-" + n;
              attempted.add(key);
              try {
                HttpResponse<String> response =
                    post(
                        http,
                        base + "/api/orders",
                        tokens.get(thread % tokens.size()),
                        order(key, nhsNumber(n % PATIENTS)));
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() / 100 == 2 && id.find()) {
                  acknowledged.put(key, Long.parseLong(id.group(1)));
                }
              } catch (Exception e) {
                return null;
              }
            }
            return null;
          });
    }
    Thread.sleep(burstSeconds * 1000L);
    long postgres = postgresPid(dir);
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    if (!jvmOnly) {
      ProcessHandle.of(postgres).ifPresent(ProcessHandle::destroyForcibly);
    }
    System.out.printf(
        "ordering: killed the server (kill -9)%s after %d s: %d submissions acknowledged, %d"
            + " attempted%n",
        jvmOnly
            ? " and left its PostgreSQL (pid " + postgres + ") running"
            : " and its PostgreSQL (pid " + postgres + ", kill -9)",
        burstSeconds,
        acknowledged.size(),
        attempted.size());
    if (acknowledged.isEmpty()) {
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      System.out.println(
          "ordering: no submission was acknowledged before the kill, so nothing was tested; the"
              + " server answered too slowly (is the machine busy?). Run again with a longer"
              + " --burst-seconds.");
      return 1;
    }
    Process restarted;
    long up = System.nanoTime();
    if (jvmOnly) {
      restarted = startServer(dir, port, "server-restart.log"); // at once, as a supervisor would
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    } else {
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
      Thread.sleep(1000);
      up = System.nanoTime();
      restarted = startServer(dir, port, "server-restart.log");
    }
    try {
      awaitUp(base);
      System.out.printf(
          "ordering: restarted and ready in %.1f s%s%n",
          (System.nanoTime() - up) / 1e9, jvmOnly ? "; " + previousServer(dir, postgres) : "");
      int found = 0;
      int moved = 0;
      int inFlightStored = 0;
      int inFlightMissing = 0;
      for (String key : attempted) {
        int thread = Integer.parseInt(key.split("-")[1]);
        String n = key.split("-")[2];
        NhsNumber patient =
            n.equals("warmup") ? nhsNumber(thread) : nhsNumber(Integer.parseInt(n) % PATIENTS);
        HttpResponse<String> again =
            post(
                http,
                base + "/api/orders",
                tokens.get(thread % tokens.size()),
                order(key, patient));
        Matcher id = ID.matcher(again.body());
        long orderId = id.find() ? Long.parseLong(id.group(1)) : -1;
        Long before = acknowledged.get(key);
        if (before != null) {
          if (again.statusCode() == 200 && orderId == before) {
            found++;
          } else {
            moved++;
            System.out.println(
                "ordering: LOST or changed: "
                    + key
                    + " was order "
                    + before
                    + ", now "
                    + again.statusCode()
                    + " "
                    + again.body());
          }
        } else if (again.statusCode() == 200) {
          inFlightStored++;
        } else {
          inFlightMissing++;
        }
      }
      System.out.printf(
          "ordering: after restart: %d of %d acknowledged orders found with the same id, %d lost;"
              + " of %d unacknowledged (in flight at the kill) %d had been stored, %d had not"
              + " (resubmission created them once)%n",
          found,
          acknowledged.size(),
          moved,
          attempted.size() - acknowledged.size(),
          inFlightStored,
          inFlightMissing);
      return moved == 0 ? 0 : 1;
    } finally {
      restarted.destroy();
      restarted.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /**
   * A freshly started JVM answers its first requests slowly (classes loaded, code compiled, pools
   * filled); on a busy machine the whole burst could pass before one answer. Each client submits
   * one order and waits for it (up to two minutes) before the burst: these orders are acknowledged
   * too and must survive the kill like the others.
   */
  private static void warmUp(
      HttpClient http,
      String base,
      List<String> tokens,
      Map<String, Long> acknowledged,
      Set<String> attempted)
      throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      int client = t;
      sent.add(
          pool.submit(
              () -> {
                String key = "crash-" + client + "-warmup";
                attempted.add(key);
                HttpResponse<String> response =
                    post(
                        http,
                        base + "/api/orders",
                        tokens.get(client),
                        order(key, nhsNumber(client)));
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() / 100 == 2 && id.find()) {
                  acknowledged.put(key, Long.parseLong(id.group(1)));
                }
                return null;
              }));
    }
    for (java.util.concurrent.Future<?> f : sent) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    System.out.printf(
        "ordering: warm-up: %d orders acknowledged in %.1f s before the burst%n",
        acknowledged.size(), (System.nanoTime() - started) / 1e9);
  }

  private static Process startServer(Path dir, int port, String log) throws IOException {
    // java -jar gms.jar: the class path is the launcher jar
    Path jar = Path.of(System.getProperty("java.class.path", ""));
    if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The crash test starts the server from gms.jar; run it with ./gms");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-jar",
            jar.toString(),
            "serve",
            "--data-dir",
            dir.toString(),
            "--port",
            Integer.toString(port))
        .redirectOutput(dir.resolve(log).toFile())
        .redirectErrorStream(true)
        .start();
  }

  /** What became of the previous run's PostgreSQL, from the restarted server's log. */
  private static String previousServer(Path dir, long pid) throws IOException {
    String log = Files.readString(dir.resolve("server-restart.log"));
    if (log.contains("previous run still running (pid " + pid + ")")) {
      return "the restart found PostgreSQL pid " + pid + " still running and stopped it";
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        ? "PostgreSQL pid " + pid + " is STILL RUNNING"
        : "PostgreSQL pid " + pid + " had already been stopped by its watchdog";
  }

  private static void awaitUp(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The server did not come up in 3 minutes");
  }

  private static long postgresPid(Path dir) throws IOException {
    return Long.parseLong(
        Files.readAllLines(dir.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Valid NHS numbers in the 999 test range: the i-th with a usable check digit. */
  static NhsNumber nhsNumber(int i) {
    return NhsNumber.firstValidFrom(999_300_000L + i * 2L);
  }

  private static String order(String key, NhsNumber patient) {
    return """
        {"requestKey": "%s", "patient": "%s", "indication": "R29", "test": "R29.4",
         "laboratory": "%s", "hpoTerms": ["HP:0001249"],
         "researchParticipation": true, "recontact": true,
         "orderAnywayReason": "load test: many orders per patient"}
        """
        .formatted(key, patient.value(), HUB);
  }

  private interface Send {
    HttpResponse<String> send(HttpClient http) throws Exception;
  }

  private static LoadGenerator.Step step(String kind, Send send) {
    return new LoadGenerator.Step() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public HttpResponse<String> send(HttpClient http) throws Exception {
        return send.send(http);
      }
    };
  }

  private static HttpResponse<String> post(HttpClient http, String uri, String token, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String uri, String token)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
