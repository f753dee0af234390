package org.gms.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the platform's data lives: the embedded PostgreSQL (default) or an external server. */
final class DatabaseOptions {

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
      properties.put("gms.db.url", dbUrl);
      properties.put("gms.db.username", dbUser);
      String password = dbPassword != null ? dbPassword : System.getenv("GMS_DB_PASSWORD");
      properties.put("gms.db.password", password == null ? "" : password);
    }
    return properties;
  }

  String describe() {
    if (dbUrl != null && !dbUrl.isBlank()) {
      return "external PostgreSQL " + dbUrl;
    }
    Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".gms");
    return "embedded PostgreSQL in " + dir.toAbsolutePath().resolve("postgres");
  }
}
