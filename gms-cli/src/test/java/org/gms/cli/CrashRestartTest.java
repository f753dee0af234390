package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A crash of the platform's JVM alone (kill -9: the OOM killer, a container stop), with its
 * embedded PostgreSQL left behind, while an analysis run is in progress: started again at once, the
 * platform is ready within 60 s, every acknowledged order is there once, and the run is taken up
 * again and finishes once (not lost, not doubled).
 */
class CrashRestartTest {

  private static final String ORDER =
      """
      {"requestKey": "%s", "patient": "9990000107", "indication": "R29", "test": "R29.4",
       "laboratory": "Demo Genomic Laboratory Hub", "hpoTerms": ["HP:0001249"],
       "researchParticipation": true, "recontact": true,
       "orderAnywayReason": "another request while the demo order is open"}
      """;

  private final PlatformProcess platform =
      new PlatformProcess(Path.of("target", "crash-" + UUID.randomUUID()).toAbsolutePath());

  CrashRestartTest() throws Exception {}

  @AfterEach
  void stop() throws Exception {
    platform.stop();
  }

  @Test
  void killingTheJvmAloneMidRunLosesNothingAndTheNextStartIsReadyWithinAMinute() throws Exception {
    platform.start("first.log");
    platform.awaitReady(600);
    String clinician = platform.token("clinician");
    String scientist = platform.token("scientist");

    Map<String, Long> acknowledged = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      String key = "crash-test-" + i;
      HttpResponse<String> created =
          platform.send("POST", "/api/orders", clinician, ORDER.formatted(key));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      acknowledged.put(key, Long.parseLong(PlatformProcess.field(created.body(), "id")));
    }

    // a second analysis of the demo order, on the demo family's VCF, killed while it runs
    String demoRun = platform.send("GET", "/api/analyses/1", scientist, null).body();
    String rerun =
        """
        {"vcf": "%s", "samples": {"9990000107": "PROBAND", "9990000115": "MOTHER",
         "9990000123": "FATHER"}, "kind": "rare_disease", "geneAgnostic": false}
        """
            .formatted(PlatformProcess.field(demoRun, "vcf"));
    HttpResponse<String> started =
        platform.send("POST", "/api/orders/1/analyses", scientist, rerun);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long runId = Long.parseLong(PlatformProcess.field(started.body(), "id"));
    awaitState(runId, scientist, "RUNNING", 300);
    long postgres = platform.postgresPid();

    platform.killJvm();
    assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive))
        .as("PostgreSQL outlives the JVM it belonged to (for a moment)")
        .hasValue(true);
    platform.start("second.log");
    // the goal is 60 s; a machine whose cores are saturated by other work (load average above
    // four per core) cannot start any JVM that fast, so there the bound is five minutes and the
    // figure is printed with the load, to be read as such
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    int limit = load > 4.0 * cores ? 300 : 60;
    double seconds = platform.awaitReady(limit);
    System.out.printf(
        "crash test: ready %.1f s after the restart (limit %d s; load average %.1f on %d cores)%n",
        seconds, limit, load, cores);

    assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    for (Map.Entry<String, Long> order : acknowledged.entrySet()) {
      HttpResponse<String> again =
          platform.send("POST", "/api/orders", clinician, ORDER.formatted(order.getKey()));
      assertThat(again.statusCode()).as(order.getKey()).isEqualTo(200);
      assertThat(Long.parseLong(PlatformProcess.field(again.body(), "id")))
          .isEqualTo(order.getValue());
    }
    String finished = awaitState(runId, scientist, "SUCCEEDED", 300);
    assertThat(PlatformProcess.field(finished, "attempt")).isEqualTo("2");
    String runs = platform.send("GET", "/api/orders/1/analyses", scientist, null).body();
    assertThat(runs.split("\"attempt\"", -1)).as("two runs of the demo order: " + runs).hasSize(3);
    String order = platform.send("GET", "/api/orders/1", scientist, null).body();
    assertThat(PlatformProcess.field(order, "state")).isEqualTo("INTERPRETATION");
    // the killed run moved the order on once when it finally succeeded (not twice)
    assertThat(order.split("\"by\":\"analysis run " + runId + "\"", -1)).as(order).hasSize(2);
    String loaded = "analysis run " + runId + " loaded";
    String second = Files.readString(platform.dataDir.resolve("second.log"));
    for (int i = 0; i < 120 && !second.contains(loaded); i++) { // handled after the commit
      Thread.sleep(500);
      second = Files.readString(platform.dataDir.resolve("second.log"));
    }
    Thread.sleep(3000);
    second = Files.readString(platform.dataDir.resolve("second.log"));
    assertThat(second.split(loaded, -1))
        .as("the run's success handled once (its genotypes loaded once)")
        .hasSize(2);
    assertThat(Files.readString(platform.dataDir.resolve("second.log")))
        .doesNotContain("Gave up waiting");
  }

  private String awaitState(long runId, String token, String state, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String body = "";
    while (System.nanoTime() < deadline) {
      body = platform.send("GET", "/api/analyses/" + runId, token, null).body();
      String now = PlatformProcess.field(body, "state");
      if (now.equals(state)) {
        return body;
      }
      assertThat(now).as(body).isNotIn("FAILED");
      if (state.equals("RUNNING")) {
        assertThat(now)
            .as("the run finished before it could be interrupted")
            .isNotEqualTo("SUCCEEDED");
      }
      Thread.sleep(200);
    }
    throw new AssertionError("run " + runId + " not " + state + " in " + seconds + " s: " + body);
  }
}
