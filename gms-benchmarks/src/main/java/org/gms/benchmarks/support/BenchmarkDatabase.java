package org.gms.benchmarks.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.gms.cli.DatabaseOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The database a benchmark's server runs on: a fresh embedded PostgreSQL in {@code --data-dir}
 * (default: a new temporary folder), or the PostgreSQL of {@code --jdbc-url}.
 */
public final class BenchmarkDatabase {

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  @Option(
      names = "--jdbc-url",
      description =
          "Use this PostgreSQL instead of an embedded one, e.g."
              + " jdbc:postgresql://127.0.0.1:5432/test (its schema is migrated).")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "User for --jdbc-url.")
  String dbUser = "postgres";

  @Option(
      names = "--db-password",
      description = "Password for --jdbc-url (or set GMS_DB_PASSWORD).")
  String dbPassword;

  /**
   * The server settings of benchmark {@code name} on this database, saying on standard output which
   * database that is.
   */
  public Map<String, Object> serverProperties(String name) throws IOException {
    Path dir = scratch.resolve("gms-bench-" + name + "-");
    Map<String, Object> properties = ScratchDirectory.serverProperties(dir);
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      properties.putAll(DatabaseOptions.external(jdbcUrl, dbUser, dbPassword));
      System.out.println(name + ": database " + jdbcUrl);
    } else {
      System.out.println(name + ": embedded PostgreSQL in " + dir);
    }
    return properties;
  }
}
