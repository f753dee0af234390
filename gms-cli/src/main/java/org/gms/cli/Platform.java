package org.gms.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.gms.server.account.Accounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** A started server, with what it loaded and how long start-up took. */
record Platform(ConfigurableApplicationContext context, String database, Duration startup) {

  static Platform start(Map<String, Object> properties, String database) {
    long started = System.nanoTime();
    ConfigurableApplicationContext context = ServerContext.web(properties);
    return new Platform(context, database, Duration.ofNanos(System.nanoTime() - started));
  }

  void printSummary(PrintStream out) {
    Environment env = context.getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    out.println();
    out.printf("GMS is running on http://localhost:%s (started in %.1f s)%n", port, seconds());
    out.println("  database:  " + database);
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
