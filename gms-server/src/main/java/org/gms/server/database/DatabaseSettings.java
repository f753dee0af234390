package org.gms.server.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param url JDBC URL of an external PostgreSQL; blank means the embedded server
 * @param username user for the external server
 * @param password password for the external server
 * @param dataDir directory of the embedded server's files (and other platform data)
 * @param embeddedPort TCP port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("gms.db")
public record DatabaseSettings(
    String url, String username, String password, Path dataDir, int embeddedPort) {

  public DatabaseSettings {
    if (dataDir == null) {
      dataDir = Path.of(System.getProperty("user.home"), ".gms");
    }
    url = url == null ? "" : url.strip();
  }

  public boolean embedded() {
    return url.isEmpty();
  }
}
