package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Readiness on a first start: the port opens while the bundled test directory and panels are
 * imported; meanwhile readiness is DOWN (liveness UP) and the directory is not yet there; readiness
 * turns UP only when it is.
 */
class PlatformReadinessTest {

  @Test
  void readinessIsDownDuringTheFirstStartImportAndUpAfter() throws Exception {
    PlatformProcess probe =
        new PlatformProcess(Path.of("target", "ready-" + UUID.randomUUID()).toAbsolutePath());
    DatabaseOptions database = new DatabaseOptions();
    database.dataDir = probe.dataDir;
    CompletableFuture<Platform> starting =
        CompletableFuture.supplyAsync(() -> Platform.start(database, probe.port, context -> {}));
    boolean downWhileImporting = false;
    try {
      while (true) {
        int readiness = probe.status("/actuator/health/readiness");
        if (readiness == 200) {
          assertThat(probe.status("/api/directory/indications/R29"))
              .as("the directory once ready")
              .isEqualTo(200);
          break;
        }
        if (readiness == 503) {
          assertThat(probe.status("/actuator/health/liveness")).isEqualTo(200);
          downWhileImporting |= probe.status("/api/directory/indications/R29") == 404;
        }
        assertThat(starting.isCompletedExceptionally()).isFalse();
        Thread.sleep(100);
      }
      assertThat(downWhileImporting).as("readiness DOWN while R29 was not imported yet").isTrue();
    } finally {
      starting.get().context().close();
    }
  }
}
