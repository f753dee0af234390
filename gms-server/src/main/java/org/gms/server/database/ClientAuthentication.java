package org.gms.server.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who may connect to the embedded server: only its superuser, over loopback TCP, with the data
 * directory's secret (SCRAM-SHA-256); no Unix socket. A data directory made before this rule (whose
 * {@code pg_hba.conf} trusts every local connection) is converted on its first start by a version
 * that has it: the password is set in single-user mode, before the server listens at all.
 */
final class ClientAuthentication {

  static final String MARKER = "# GMS: loopback only, superuser with the data directory's secret";

  static final String HBA =
      MARKER
          + "\n"
          + "# Written by GMS; the server listens on localhost only and has no Unix socket.\n"
          + "# TYPE  DATABASE  USER      ADDRESS        METHOD\n"
          + "host    all       postgres  127.0.0.1/32   scram-sha-256\n"
          + "host    all       postgres  ::1/128        scram-sha-256\n";

  /** Server settings that go with it. */
  static final List<String[]> SERVER_SETTINGS =
      List.of(
          new String[] {"listen_addresses", "localhost"},
          new String[] {"unix_socket_directories", "''"},
          new String[] {"password_encryption", "scram-sha-256"});

  private ClientAuthentication() {}

  static boolean secured(Path pgDir) throws IOException {
    Path hba = pgDir.resolve("pg_hba.conf");
    return Files.exists(hba) && Files.readString(hba).startsWith(MARKER);
  }

  /**
   * Sets the superuser's password to the secret (single-user mode: no connection is possible
   * meanwhile) and replaces pg_hba.conf. The server must not be running.
   */
  static void secure(Path pgDir, String secret) throws IOException, InterruptedException {
    Process single =
        new ProcessBuilder(
                PostgresBinaries.command(
                    "postgres", "--single", "-D", pgDir.toString(), "-F", "postgres"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = single.getOutputStream()) {
      in.write(
          ("ALTER ROLE postgres WITH PASSWORD '" + secret + "'\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    if (!single.waitFor(120, TimeUnit.SECONDS)) {
      single.destroyForcibly();
      throw new IOException("PostgreSQL in single-user mode did not finish in 120 s");
    }
    if (single.exitValue() != 0) {
      throw new IOException(
          "PostgreSQL in single-user mode could not set the password (exit code "
              + single.exitValue()
              + ")");
    }
    Path hba = pgDir.resolve("pg_hba.conf");
    Path temporary = pgDir.resolve("pg_hba.conf.new");
    Files.writeString(temporary, HBA, StandardCharsets.US_ASCII);
    Files.move(
        temporary,
        hba,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
