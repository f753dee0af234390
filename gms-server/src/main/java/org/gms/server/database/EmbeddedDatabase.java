package org.gms.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server, or nothing when an external server is used. The platform owns it:
 * a server left running by a previous run that died is stopped before this one starts, a watchdog
 * stops this one if the platform dies, and it accepts only its superuser with the data directory's
 * secret over loopback.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** How long a start may take: a server recovering from a crash replays its write-ahead log. */
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final String secret;
  private final Process watchdog;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String secret, Process watchdog) {
    this.postgres = postgres;
    this.secret = secret;
    this.watchdog = watchdog;
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null, null, null);
  }

  /**
   * Starts the server whose files are in {@code dataDir/postgres}, on {@code port} (0: a free one).
   */
  static EmbeddedDatabase start(Path dataDir, int port) {
    Path directory = dataDir.resolve("postgres");
    try {
      Files.createDirectories(directory);
      OptionalLong previous = PreviousServer.stopIfRunning(directory);
      if (previous.isPresent()) {
        log.warn(
            "found the embedded PostgreSQL of a previous run still running (pid {}); stopped it",
            previous.getAsLong());
      }
      boolean secured = ClientAuthentication.secured(directory);
      if (secured && !Files.exists(dataDir.resolve(DatabaseSecret.FILE_NAME))) {
        throw new DatabaseStartException(
            "The embedded database in "
                + directory
                + " requires the secret kept in "
                + dataDir.resolve(DatabaseSecret.FILE_NAME)
                + ", and that file is missing. Restore it from your backup of the data directory"
                + " (it must be readable by this user only).");
      }
      String secret = DatabaseSecret.loadOrCreate(dataDir);
      long started = System.nanoTime();
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setPGStartupWait(STARTUP_WAIT)
              .setPgBinaryResolver(PostgresBinaries.RESOLVER)
              .setOverrideWorkingDirectory(PostgresBinaries.WORKING_DIRECTORY)
              .setConnectConfig("password", secret)
              .setDataDirectoryCustomizer(dir -> secure(dir.toPath(), secret));
      ClientAuthentication.SERVER_SETTINGS.forEach(s -> builder.setServerConfig(s[0], s[1]));
      EmbeddedPostgres postgres = builder.start();
      long pid =
          PreviousServer.postmaster(directory.resolve("postmaster.pid"), directory)
              .map(ProcessHandle::pid)
              .orElse(-1L);
      Process watchdog = pid > 0 ? Watchdog.start(pid, directory) : null;
      log.info(
          "Embedded PostgreSQL started in {} ms (pid {}, port {}, loopback only), data in {}",
          (System.nanoTime() - started) / 1_000_000,
          pid,
          postgres.getPort(),
          directory);
      return new EmbeddedDatabase(postgres, secret, watchdog);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DatabaseStartException start) {
        throw start;
      }
      throw new DatabaseStartException(
          "The embedded PostgreSQL in "
              + directory
              + " could not be started ("
              + rootMessage(e)
              + "). Check that the directory is writable by this user and that no other program"
              + " uses it, or use --db-url for an external server.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseStartException("Interrupted while starting the embedded PostgreSQL", e);
    }
  }

  private static void secure(Path directory, String secret) {
    try {
      if (!ClientAuthentication.secured(directory)) {
        ClientAuthentication.secure(directory, secret);
        log.info(
            "The embedded PostgreSQL now accepts only its superuser with the generated secret,"
                + " over loopback");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == e ? message : e.getMessage() + ": " + message;
  }

  public boolean running() {
    return postgres != null;
  }

  /** JDBC URL of the embedded server's {@code postgres} database. */
  public String jdbcUrl() {
    if (postgres == null) {
      throw new IllegalStateException("No embedded database is running");
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** The superuser's password (the data directory's secret). */
  String password() {
    return secret;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    if (watchdog != null) {
      watchdog.destroy();
    }
  }
}
