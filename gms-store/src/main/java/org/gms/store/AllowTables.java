package org.gms.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Allow-lists as small in-memory DuckDB tables ({@code individual INTEGER}) that queries semi-join
 * with. The tables of the last few distinct lists are kept (the consented set is the same from one
 * query to the next until a decision is recorded); a table is dropped only when no query uses it.
 */
final class AllowTables {

  private static final int KEPT = 8;

  private final DuckDBConnection connection;
  private final Map<AllowList, Entry> tables = new LinkedHashMap<>(16, 0.75f, true);
  private long next;

  private static final class Entry {
    final String name;
    int users;

    Entry(String name) {
      this.name = name;
    }
  }

  /** A table in use by one query; closing it gives it back. */
  interface Lease extends AutoCloseable {
    String name();

    @Override
    void close();
  }

  AllowTables(DuckDBConnection main) {
    try {
      this.connection = (DuckDBConnection) main.duplicate();
    } catch (SQLException e) {
      throw new StoreException("Could not open a DuckDB connection for allow-lists: " + e, e);
    }
  }

  synchronized Lease lease(AllowList allowed) throws SQLException {
    Entry entry = tables.get(allowed);
    if (entry == null) {
      entry = new Entry("allowed_" + next++);
      try (Statement sql = connection.createStatement()) {
        sql.execute("CREATE TABLE " + entry.name + " (individual INTEGER)");
      }
      try (DuckDBAppender appender =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, entry.name)) {
        for (int i = 0; i < allowed.size(); i++) {
          appender.beginRow().append(allowed.get(i)).endRow();
        }
      }
      tables.put(allowed, entry);
      evict();
    }
    entry.users++;
    Entry leased = entry;
    return new Lease() {
      @Override
      public String name() {
        return leased.name;
      }

      @Override
      public void close() {
        release(leased);
      }
    };
  }

  private synchronized void release(Entry entry) {
    entry.users--;
    evict();
  }

  private void evict() {
    Iterator<Map.Entry<AllowList, Entry>> eldest = tables.entrySet().iterator();
    int over = tables.size() - KEPT;
    while (over > 0 && eldest.hasNext()) {
      Entry entry = eldest.next().getValue();
      if (entry.users == 0) {
        try (Statement sql = connection.createStatement()) {
          sql.execute("DROP TABLE IF EXISTS " + entry.name);
        } catch (SQLException e) {
          // dropped with the in-memory database at close
        }
        eldest.remove();
        over--;
      }
    }
  }
}
