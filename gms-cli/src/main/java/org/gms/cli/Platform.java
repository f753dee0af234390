package org.gms.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gms.server.account.Accounts;
import org.gms.server.directory.BundledImport;
import org.gms.server.directory.DirectoryImports;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** A started server, with what it loaded and how long start-up took. */
record Platform(
    ConfigurableApplicationContext context,
    String database,
    BundledImport referenceData,
    Path logFile,
    Duration startup) {

  /**
   * Starts the server, makes sure the bundled reference data is in its database and runs {@code
   * beforeReady} (demo data); readiness is UP only when all of it is done. The log, with every
   * stack trace, goes to {@code logs/gms.log} in the data directory; the terminal gets the log
   * lines without traces, and a start-up failure is one paragraph (a {@link StartupProblem}).
   */
  static Platform start(
      DatabaseOptions database, int port, Consumer<ConfigurableApplicationContext> beforeReady) {
    long started = System.nanoTime();
    Path logFile = database.dataDirectory().resolve("logs").resolve("gms.log");
    Map<String, Object> properties = new HashMap<>(database.properties());
    properties.put("server.port", port);
    properties.put("logging.file.name", logFile.toString());
    properties.put("logging.pattern.console", "%d{yyyy-MM-dd HH:mm:ss} %5p %logger{0}: %m%n%nopex");
    AtomicReference<BundledImport> referenceData = new AtomicReference<>();
    ConfigurableApplicationContext context;
    try {
      context =
          ServerContext.web(
              properties,
              started1 -> {
                referenceData.set(
                    started1
                        .getBean(DirectoryImports.class)
                        .importBundledIfMissing(step -> System.out.println("  import: " + step)));
                beforeReady.accept(started1);
              });
    } catch (RuntimeException e) {
      throw StartupProblem.explain(e, port, logFile);
    }
    return new Platform(
        context,
        database.describe(),
        referenceData.get(),
        logFile,
        Duration.ofNanos(System.nanoTime() - started));
  }

  void printSummary(PrintStream out) {
    Environment env = context.getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    out.println();
    out.printf("GMS is running on http://localhost:%s (started in %.1f s)%n", port, seconds());
    out.println("  database:  " + database);
    out.println("  loaded:    " + referenceData.describe());
    out.println("  accounts:  " + context.getBean(Accounts.class).all().size());
    out.println("  log:       " + logFile);
    out.printf(
        "  API docs:  http://localhost:%s/swagger-ui.html  health: /actuator/health/liveness,"
            + " /actuator/health/readiness%n",
        port);
    out.println("Press Ctrl+C to stop.");
    out.println();
  }

  private double seconds() {
    return startup.toMillis() / 1000.0;
  }
}
