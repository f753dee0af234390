package org.gms.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
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
    Duration startup) {

  /** Starts the server and makes sure the bundled reference data is in its database. */
  static Platform start(Map<String, Object> properties, String database) {
    long started = System.nanoTime();
    ConfigurableApplicationContext context = ServerContext.web(properties);
    BundledImport referenceData =
        context
            .getBean(DirectoryImports.class)
            .importBundledIfMissing(step -> System.out.println("  import: " + step));
    return new Platform(
        context, database, referenceData, Duration.ofNanos(System.nanoTime() - started));
  }

  void printSummary(PrintStream out) {
    Environment env = context.getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    out.println();
    out.printf("GMS is running on http://localhost:%s (started in %.1f s)%n", port, seconds());
    out.println("  database:  " + database);
    out.println("  loaded:    " + referenceData.describe());
    out.println("  accounts:  " + context.getBean(Accounts.class).all().size());
    out.printf(
        "  API docs:  http://localhost:%s/swagger-ui.html  health: /actuator/health%n", port);
    out.println("Press Ctrl+C to stop.");
    out.println();
  }

  private double seconds() {
    return startup.toMillis() / 1000.0;
  }
}
