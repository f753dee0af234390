package org.gms.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.ServerContext;
import org.gms.server.record.NhsNumber;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./gms benchmark ordering --kill}: starts the server as a child process, sends a burst of
 * order submissions, kills the server (and its embedded PostgreSQL, or with {@code --jvm-only} the
 * JVM alone) with {@code kill -9}, restarts it and checks that every acknowledged order is there
 * exactly once.
 */
final class OrderingCrashRun {

  private final boolean jvmOnly;
  private final int burstSeconds;

  OrderingCrashRun(boolean jvmOnly, int burstSeconds) {
    this.jvmOnly = jvmOnly;
    this.burstSeconds = burstSeconds;
  }

  int run(Path dir) throws Exception {
    List<String> tokens;
    try (ConfigurableApplicationContext context =
        ServerContext.offline(ScratchDirectory.serverProperties(dir))) {
      tokens = BenchmarkOrderingCommand.prepare(context);
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
                    LoadGenerator.post(
                        http,
                        base + "/api/orders",
                        tokens.get(thread % tokens.size()),
                        BenchmarkOrderingCommand.order(
                            key,
                            BenchmarkOrderingCommand.nhsNumber(
                                n % BenchmarkOrderingCommand.PATIENTS)));
                Matcher id = BenchmarkOrderingCommand.ID.matcher(response.body());
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
            n.equals("warmup")
                ? BenchmarkOrderingCommand.nhsNumber(thread)
                : BenchmarkOrderingCommand.nhsNumber(
                    Integer.parseInt(n) % BenchmarkOrderingCommand.PATIENTS);
        HttpResponse<String> again =
            LoadGenerator.post(
                http,
                base + "/api/orders",
                tokens.get(thread % tokens.size()),
                BenchmarkOrderingCommand.order(key, patient));
        Matcher id = BenchmarkOrderingCommand.ID.matcher(again.body());
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
                    LoadGenerator.post(
                        http,
                        base + "/api/orders",
                        tokens.get(client),
                        BenchmarkOrderingCommand.order(
                            key, BenchmarkOrderingCommand.nhsNumber(client)));
                Matcher id = BenchmarkOrderingCommand.ID.matcher(response.body());
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
}
