package org.gms.server.directory.internal;

import org.gms.server.database.LocalPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import contract on the PostgreSQL server of the machine (127.0.0.1:5432, user {@code
 * postgres}, trust authentication), in a database of its own that is dropped afterwards. Skipped,
 * with the reason, when that server cannot be reached.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalServerImportTest extends DirectoryImportContract {

  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = LocalPostgresServer.createDatabase();
  }

  @DynamicPropertySource
  static void useTheLocalServer(DynamicPropertyRegistry properties) {
    properties.add("gms.db.url", () -> url);
    properties.add("gms.db.username", LocalPostgresServer::user);
    properties.add("gms.db.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    if (url != null) {
      LocalPostgresServer.dropDatabase(url);
    }
  }
}
