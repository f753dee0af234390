package org.gms.server.directory.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import contract on the PostgreSQL server of the machine (127.0.0.1:5432, database {@code
 * test}, user {@code postgres}, trust authentication), in a schema of its own that is dropped
 * afterwards. Skipped, with the reason, when that server cannot be reached.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalServerImportTest extends DirectoryImportContract {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";
  static final String SCHEMA = "gms_test_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeAll
  static void serverIsReachable() {
    DriverManager.setLoginTimeout(3);
    try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
      Assumptions.assumeTrue(connection.isValid(3), "PostgreSQL at " + SERVER + " is not valid");
    } catch (SQLException e) {
      Assumptions.abort(
          "Skipped: no PostgreSQL at "
              + SERVER
              + " for user "
              + USER
              + " ("
              + e.getMessage()
              + "). Start one with trust authentication and a database 'test' to run these.");
    }
  }

  @DynamicPropertySource
  static void useTheLocalServer(DynamicPropertyRegistry properties) {
    properties.add("gms.db.url", () -> SERVER + "?currentSchema=" + SCHEMA);
    properties.add("gms.db.username", () -> USER);
    properties.add("gms.db.password", () -> "");
    properties.add("spring.flyway.schemas", () -> SCHEMA);
  }

  @AfterAll
  static void dropTheSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      if (!"08001".equals(e.getSQLState())) {
        throw e;
      }
    }
  }
}
