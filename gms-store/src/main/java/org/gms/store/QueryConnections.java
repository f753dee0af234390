package org.gms.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * A small pool of DuckDB connections for queries, each keeping the prepared statements of the query
 * texts it has run (a text is the same from one query to the next of its kind and shape: the files,
 * positions and alleles are bound values), so that a query is bound and run, not parsed again. A
 * connection serves one query at a time; a caller waits when all are busy.
 */
final class QueryConnections implements AutoCloseable {

  /** Prepared statements kept per connection (least recently used closed first). */
  private static final int STATEMENTS = 32;

  private final DuckDBConnection main;
  private final int size;
  private final ArrayDeque<Pooled> idle = new ArrayDeque<>();
  private final List<Pooled> all = new ArrayList<>();
  private boolean closed;

  QueryConnections(DuckDBConnection main, int size) {
    this.main = main;
    this.size = size;
  }

  /** One connection, lent to one query. */
  final class Pooled implements AutoCloseable {
    private final DuckDBConnection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

    private Pooled(DuckDBConnection connection) {
      this.connection = connection;
    }

    DuckDBConnection connection() {
      return connection;
    }

    /**
     * Runs a query: {@code {genotypes}} and {@code {variants}} read the files given, {@code
     * {allowed}} is the allow-list table; values and file lists are bound.
     */
    ResultSet execute(
        QueryDefinitions.Query query,
        Path root,
        List<Manifest.DataFile> genotypes,
        List<Manifest.DataFile> variants,
        String allowed)
        throws SQLException {
      List<Object> values = new ArrayList<>(query.values());
      String files = "read_parquet($%d)";
      String genotypesRelation = "";
      if (query.text().contains("{genotypes}")) {
        values.add(paths(root, genotypes));
        genotypesRelation = files.formatted(values.size());
      }
      String variantsRelation = "";
      if (query.text().contains("{variants}")) {
        values.add(paths(root, variants));
        variantsRelation = files.formatted(values.size());
      }
      PreparedStatement statement =
          prepared(query.with(genotypesRelation, variantsRelation, allowed).text());
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) instanceof Array list) {
          statement.setArray(i + 1, list);
        } else {
          statement.setObject(i + 1, values.get(i));
        }
      }
      return statement.executeQuery();
    }

    private PreparedStatement prepared(String text) throws SQLException {
      PreparedStatement statement = statements.get(text);
      // a statement whose run failed (a missing file) is closed by the driver: prepared again
      if (statement == null || statement.isClosed()) {
        statement = connection.prepareStatement(text);
        statements.put(text, statement);
        Iterator<PreparedStatement> eldest = statements.values().iterator();
        while (statements.size() > STATEMENTS) {
          PreparedStatement old = eldest.next();
          eldest.remove();
          old.close();
        }
      }
      return statement;
    }

    private Array paths(Path root, List<Manifest.DataFile> files) throws SQLException {
      Object[] paths = new Object[files.size()];
      for (int i = 0; i < paths.length; i++) {
        paths[i] = root.resolve(files.get(i).path()).toString();
      }
      return connection.createArrayOf("VARCHAR", paths);
    }

    /** Gives the connection back. */
    @Override
    public void close() {
      release(this);
    }

    private void shut() {
      for (PreparedStatement statement : statements.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          // closed with the connection
        }
      }
      try {
        connection.close();
      } catch (SQLException e) {
        // the database closes with the main connection
      }
    }
  }

  synchronized Pooled borrow() throws SQLException {
    while (true) {
      if (closed) {
        throw new SQLException("The population store is closed");
      }
      Pooled free = idle.pollFirst();
      if (free != null) {
        return free;
      }
      if (all.size() < size) {
        Pooled made = new Pooled((DuckDBConnection) main.duplicate());
        all.add(made);
        return made;
      }
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("Interrupted while waiting for a store connection", e);
      }
    }
  }

  private synchronized void release(Pooled pooled) {
    if (closed) {
      pooled.shut();
      return;
    }
    idle.addFirst(pooled);
    notifyAll();
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Pooled pooled : idle) {
      pooled.shut();
    }
    idle.clear();
    notifyAll();
  }
}
