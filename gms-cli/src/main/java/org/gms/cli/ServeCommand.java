package org.gms.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./gms serve}: runs the platform for real use. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the GMS server (web UI, JSON and FHIR APIs).",
      "Uses the embedded PostgreSQL under --data-dir unless --db-url names an external server.",
      "Imports the bundled reference data (test directory, panels) if the database has none."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080).")
  int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    Platform platform = Platform.start(database, port, context -> {});
    platform.printSummary(System.out);
    Thread.currentThread().join();
    return 0;
  }
}
