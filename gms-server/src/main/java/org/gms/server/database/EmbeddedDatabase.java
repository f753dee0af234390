package org.gms.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** The embedded PostgreSQL server, or nothing when an external server is used. */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase of(EmbeddedPostgres postgres) {
    return new EmbeddedDatabase(postgres);
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null);
  }

  public boolean running() {
    return postgres != null;
  }

  /** JDBC URL of the embedded server's {@code postgres} database. */
  public String jdbcUrl() {
    if (postgres == null) {
      throw new IllegalStateException("No embedded database is running");
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
