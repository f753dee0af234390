package org.gms.server.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the platform owns it: only its superuser with the data directory's secret
 * may connect, a directory from an earlier version is secured on its first start, a server left
 * running by a dead platform is stopped before the next start, and the watchdog stops the server
 * when its platform is gone.
 */
class EmbeddedDatabaseTest {

  @TempDir Path dataDir;

  @Test
  void refusesAConnectionWithoutTheSecret() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
      String url = db.jdbcUrl();
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-secret"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      String secret = Files.readString(dataDir.resolve(DatabaseSecret.FILE_NAME)).strip();
      try (Connection c = DriverManager.getConnection(url, "postgres", secret)) {
        assertThat(setting(c, "listen_addresses")).isEqualTo("localhost");
        assertThat(setting(c, "unix_socket_directories")).isEmpty();
      }
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dataDir.resolve(DatabaseSecret.FILE_NAME))))
          .isEqualTo("rw-------");
      assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void aDataDirectoryOfAnEarlierVersionGetsItsSecretOnFirstStart() throws Exception {
    Path directory = dataDir.resolve("postgres");
    Files.createDirectories(directory);
    try (EmbeddedPostgres earlier =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .start()) {
      try (Connection c = DriverManager.getConnection(earlier.getJdbcUrl("postgres", "postgres"))) {
        c.createStatement().execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('x')");
      }
    }
    assertThat(Files.exists(dataDir.resolve(DatabaseSecret.FILE_NAME))).isFalse();

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
          ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("x");
      }
    }
  }

  @Test
  void stopsTheServerOfAPreviousRunThatDiedAndStarts() throws Exception {
    EmbeddedDatabase.start(dataDir, 0).close();
    Path directory = dataDir.resolve("postgres");
    ProcessHandle orphan = startWithoutPlatform(directory);

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
      assertThat(orphan.isAlive()).isFalse();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password())) {
        assertThat(c.isValid(5)).isTrue();
      }
    }
  }

  @Test
  void theWatchdogStopsTheServerWhenItsPlatformIsGone() throws Exception {
    EmbeddedDatabase.start(dataDir, 0).close();
    Path directory = dataDir.resolve("postgres");
    ProcessHandle postmaster = startWithoutPlatform(directory);
    Process platform = new ProcessBuilder("sleep", "600").start();
    Watchdog.start(platform.pid(), postmaster.pid(), directory);
    Thread.sleep(1500);
    assertThat(postmaster.isAlive()).isTrue();

    platform.destroyForcibly().waitFor();

    postmaster.onExit().get(20, TimeUnit.SECONDS);
    assertThat(postmaster.isAlive()).isFalse();
  }

  /** A server on the directory that no platform owns, as a killed platform leaves it. */
  private static ProcessHandle startWithoutPlatform(Path directory) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command =
        PostgresBinaries.command(
            "pg_ctl",
            "-D",
            directory.toString(),
            "-o",
            "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''",
            "-w",
            "start");
    Process pgCtl =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(pgCtl.exitValue()).isZero();
    return PreviousServer.postmaster(directory.resolve("postmaster.pid"), directory).orElseThrow();
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SHOW " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
