package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A start that fails, as a user sees it in the terminal ({@code gms demo} in its own JVM): one
 * paragraph saying the cause, the port and what to do; not Spring Boot's "APPLICATION FAILED TO
 * START" block nor a stack trace, which go to the log file only.
 */
class StartupFailureTest {

  @Test
  void portInUseIsOneParagraphOnTheTerminalAndTheDetailsAreInTheLog() throws Exception {
    PlatformProcess platform =
        new PlatformProcess(Path.of("target", "port-in-use-" + UUID.randomUUID()).toAbsolutePath());
    try (ServerSocket taken =
        new ServerSocket(platform.port, 50, InetAddress.getByName("0.0.0.0"))) {
      platform.start("terminal.txt");
      assertThat(platform.process.waitFor(10, TimeUnit.MINUTES)).as("the start gave up").isTrue();
      String terminal = Files.readString(platform.dataDir.resolve("terminal.txt"));

      assertThat(platform.process.exitValue()).as(terminal).isEqualTo(UserErrorHandler.USER_ERROR);
      assertThat(terminal)
          .contains("error: GMS could not start: port " + platform.port + " is already in use")
          .contains("start GMS on another port with --port")
          .contains(platform.dataDir.resolve("logs").resolve("gms.log").toString())
          .doesNotContain("APPLICATION FAILED TO START")
          .doesNotContain("Application run failed")
          .doesNotContain("Exception encountered during context initialization")
          .doesNotContain("Error starting ApplicationContext")
          .doesNotContain("Caused by")
          .doesNotContain("\tat ");
      assertThat(Files.readString(platform.dataDir.resolve("logs").resolve("gms.log")))
          .as("Spring Boot's report is kept in the log file")
          .contains("APPLICATION FAILED TO START")
          .contains("Port " + platform.port + " was already in use");
    } finally {
      platform.stop();
    }
  }
}
