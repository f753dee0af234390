package org.gms.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that works on the platform database ({@code --data-dir} or {@code --db-url}): its
 * arguments are checked first, then the server application is started without its web server for
 * the command to use, and closed after it.
 */
abstract class DatabaseCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database = new DatabaseOptions();

  /** Refuses wrong arguments (IllegalArgumentException) before the database is started. */
  void check() {}

  /** The command's work on the started application; returns the exit code. */
  abstract int run(ConfigurableApplicationContext context);

  /** When an import was made, to the second: 2026-02-26 09:30:00 (UTC). */
  static String importedAt(Instant instant) {
    return instant.toString().substring(0, 19).replace('T', ' ');
  }

  @Override
  public final Integer call() {
    check();
    try (ConfigurableApplicationContext context = ServerContext.offline(database)) {
      return run(context);
    }
  }
}
