package org.gms.cli;

import java.util.Map;
import java.util.function.Consumer;
import org.gms.server.GmsApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the server application, with its web server or without (for maintenance commands). */
public final class ServerContext {

  private ServerContext() {}

  /** Command-line style arguments: they take precedence over application.properties. */
  private static String[] arguments(Map<String, Object> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  public static ConfigurableApplicationContext web(Map<String, Object> properties) {
    return web(properties, context -> {});
  }

  /**
   * The server with its web server, after {@code beforeReady} has run on it: the port is open (and
   * liveness UP) meanwhile, but readiness ({@code /actuator/health/readiness}) stays DOWN until it
   * is done, as Spring Boot marks the application ready only after its runners.
   */
  public static ConfigurableApplicationContext web(
      Map<String, Object> properties, Consumer<ConfigurableApplicationContext> beforeReady) {
    return new SpringApplicationBuilder(GmsApplication.class)
        .web(WebApplicationType.SERVLET)
        .initializers(
            context -> {
              ConsoleFailureFilter.install();
              context
                  .getBeanFactory()
                  .registerSingleton(
                      "gmsStartupWork", (ApplicationRunner) args -> beforeReady.accept(context));
            })
        .run(arguments(properties));
  }

  public static ConfigurableApplicationContext offline(Map<String, Object> properties) {
    return new SpringApplicationBuilder(GmsApplication.class)
        .properties(Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false"))
        .web(WebApplicationType.NONE)
        .run(arguments(properties));
  }

  /**
   * The server application without its web server, on the database of the options, saying on
   * standard error which database that is.
   */
  public static ConfigurableApplicationContext offline(DatabaseOptions database) {
    System.err.println("Using " + database.describe());
    return offline(database.properties());
  }

  /** Progress lines go to standard error with the time, so the output stays the result. */
  public static void progress(String line) {
    System.err.println(java.time.LocalTime.now().withNano(0) + " " + line);
  }
}
