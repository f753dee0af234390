package org.gms.cli;

import java.util.concurrent.Callable;
import org.gms.server.account.Accounts;
import org.gms.server.account.DemoAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./gms demo}: the platform on its embedded default, with demo data and users. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start GMS with an embedded PostgreSQL, the bundled reference data (NHS test directory,"
          + " PanelApp panels) and one demo user per role, printed at start-up.",
      "Data is kept under --data-dir (default ~/.gms), so a restart keeps your work."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080).")
  int port = 8080;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Directory for the embedded database (default: ~/.gms).")
  java.nio.file.Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    DatabaseOptions database = new DatabaseOptions();
    database.dataDir = dataDir;
    Platform platform =
        Platform.start(ServeCommand.properties(database, port), database.describe());
    Accounts accounts = platform.context().getBean(Accounts.class);
    DemoAccounts.ALL.forEach(demo -> accounts.save(demo.account(), demo.password()));
    platform.printSummary(System.out);
    System.out.println("Demo users (user name / password / role):");
    DemoAccounts.ALL.forEach(
        demo ->
            System.out.printf(
                "  %-11s %-26s %s%n",
                demo.account().username(), demo.password(), demo.account().roles()));
    Thread.currentThread().join();
    return 0;
  }
}
