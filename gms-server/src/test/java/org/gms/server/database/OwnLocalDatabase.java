package org.gms.server.database;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring test class run on a database of its own on the machine's PostgreSQL server ({@link
 * LocalPostgresServer}): created before the class, the application pointed at it, dropped after the
 * class; skipped, with the reason, when that server cannot be reached. The class also needs
 * {@code @DirtiesContext(classMode = AFTER_CLASS)}, so that no other test reuses its context.
 */
public interface OwnLocalDatabase {

  /** The JDBC URL of the database of the class running now. */
  AtomicReference<String> URL = new AtomicReference<>();

  @BeforeAll
  static void createDatabase() {
    URL.set(LocalPostgresServer.createDatabase());
  }

  @DynamicPropertySource
  static void useTheLocalServer(DynamicPropertyRegistry properties) {
    properties.add("gms.db.url", URL::get);
    properties.add("gms.db.username", LocalPostgresServer::user);
    properties.add("gms.db.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    String url = URL.getAndSet(null);
    if (url != null) {
      LocalPostgresServer.dropDatabase(url);
    }
  }
}
