package org.gms.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform run as a user runs it: {@code gms demo} in a JVM of its own, on its embedded
 * database, reached over HTTP.
 */
final class PlatformProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Path dataDir;
  final int port;
  Process process;

  PlatformProcess(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  /** Starts {@code gms demo}; its output goes to {@code <dataDir>/<log>}. */
  void start(String log) throws IOException {
    Files.createDirectories(dataDir);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Gms.class.getName()));
    command.addAll(
        List.of("demo", "--data-dir", dataDir.toString(), "--port", Integer.toString(port)));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve(log).toFile())
            .start();
  }

  /** Waits until readiness is UP; returns the seconds it took; fails after {@code seconds}. */
  double awaitReady(int seconds) throws Exception {
    long started = System.nanoTime();
    while (System.nanoTime() - started < seconds * 1_000_000_000L) {
      if (!process.isAlive()) {
        throw new AssertionError("the platform exited with " + process.exitValue());
      }
      if (status("/actuator/health/readiness") == 200) {
        return (System.nanoTime() - started) / 1e9;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the platform was not ready within " + seconds + " s");
  }

  int status(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1; // not listening
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  String token(String user) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/auth/tokens",
            null,
            "{\"username\":\"%s\",\"password\":\"%s-demo-password\",\"label\":\"test\"}"
                .formatted(user, user));
    return field(response.body(), "token");
  }

  HttpResponse<String> send(String method, String path, String token, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A top-level string or number field of a JSON object, by name (first occurrence). */
  static String field(String json, String name) {
    Matcher m =
        Pattern.compile(
                "\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-\\w.]+)")
            .matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(2) != null ? m.group(2) : m.group(1);
  }

  /** The process id of the embedded PostgreSQL, from its pid file. */
  long postgresPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
  }

  void killJvm() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
