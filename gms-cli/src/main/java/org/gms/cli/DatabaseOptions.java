package org.gms.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the platform's data lives: the embedded PostgreSQL (default) or an external server. */
public final class DatabaseOptions {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Directory for the embedded database and platform files (default: ~/.gms).")
  Path dataDir;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "External PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/gms (default: embedded).")
  String dbUrl;

  @Option(names = "--db-user", paramLabel = "USER", description = "User for --db-url.")
  String dbUser = "postgres";

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "Password for --db-url (or set GMS_DB_PASSWORD).")
  String dbPassword;

  Map<String, Object> properties() {
    Map<String, Object> properties = new HashMap<>();
    if (dataDir != null) {
      properties.put("gms.db.data-dir", dataDir.toAbsolutePath().toString());
    }
    if (dbUrl != null && !dbUrl.isBlank()) {
      properties.putAll(external(dbUrl, dbUser, dbPassword));
    }
    return properties;
  }

  /**
   * The settings of an external PostgreSQL; without a password, the one in GMS_DB_PASSWORD (else
   * none).
   */
  public static Map<String, Object> external(String url, String user, String password) {
    String given = password != null ? password : System.getenv("GMS_DB_PASSWORD");
    return Map.of(
        "gms.db.url", url, "gms.db.username", user, "gms.db.password", given == null ? "" : given);
  }

  /** The data directory: the one given, else ~/.gms. */
  Path dataDirectory() {
    return (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".gms"))
        .toAbsolutePath();
  }

  String describe() {
    if (dbUrl != null && !dbUrl.isBlank()) {
      return "external PostgreSQL " + dbUrl;
    }
    Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".gms");
    return "embedded PostgreSQL in " + dir.toAbsolutePath().resolve("postgres");
  }
}
