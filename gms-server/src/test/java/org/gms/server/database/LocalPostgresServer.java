package org.gms.server.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the machine the tests run on (127.0.0.1:5432, database {@code test},
 * user {@code postgres}, trust authentication; override with GMS_TEST_PG_URL and GMS_TEST_PG_USER).
 * Each test class gets a database of its own, dropped afterwards, so runs never see each other.
 */
public final class LocalPostgresServer {

  private static final String ADMIN_URL =
      System.getenv().getOrDefault("GMS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = System.getenv().getOrDefault("GMS_TEST_PG_USER", "postgres");

  private LocalPostgresServer() {}

  /** A fresh, empty database; skips the calling test if the server is not reachable. */
  public static String createDatabase() {
    String name = "gms_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "")) {
      admin.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      Assumptions.abort(
          "Skipped: the local PostgreSQL server at "
              + ADMIN_URL
              + " is not reachable as "
              + USER
              + " ("
              + e.getMessage()
              + "). Start it (pg_ctlcluster <version> main start) to run this test.");
    }
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
  }

  public static String user() {
    return USER;
  }

  /** Drops a database made by {@link #createDatabase()}, closing its remaining connections. */
  public static void dropDatabase(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "")) {
      admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop test database " + name, e);
    }
  }
}
