package org.gms.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allow-lists as small in-memory DuckDB tables ({@code individual INTEGER}) that queries semi-join
 * with, and, for a list asked about again at the same manifest version, a table of its per-variant
 * counts over the whole store ({@link QueryDefinitions#wholeStoreCounts}) that one-region queries
 * read instead of the genotypes. The tables of the last few distinct lists are kept (the consented
 * set is the same from one query to the next until a decision is recorded); a table is dropped only
 * when no query uses it. A new list (a decision recorded) or a new manifest version (an append,
 * retraction or compaction) starts again from the genotypes, so a withdrawal counts from the next
 * query.
 */
final class AllowTables {

  private static final Logger LOG = LoggerFactory.getLogger(AllowTables.class);

  private static final int KEPT = 8;

  /**
   * Queries of one list at one manifest version before its whole-store counts are made: the first
   * is answered from the genotypes (a list asked about once, such as a researcher's sub-cohort,
   * costs no pass over the store), the second makes the counts.
   */
  static final int COUNT_AT = 2;

  private final DuckDBConnection connection;
  private final Map<AllowList, Entry> tables = new LinkedHashMap<>(16, 0.75f, true);
  private long next;

  /** Makes the counts table of an allow-list table (the whole store, at one manifest version). */
  interface Counter {
    void count(DuckDBConnection connection, String allowed, String counts) throws SQLException;
  }

  private static final class Entry {
    final String name;
    int users;
    long version = -1;
    int queries;
    boolean countingFailed;
    String counts;
    final List<String> stale = new ArrayList<>();

    Entry(String name) {
      this.name = name;
    }
  }

  /** A table in use by one query; closing it gives it back. */
  interface Lease extends AutoCloseable {
    String name();

    /** The list's counts table at the query's manifest version, or null: read the genotypes. */
    String counts();

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
    return lease(allowed, null, null);
  }

  /**
   * The list's table, and its counts table when the query may read one (a counter given) and the
   * list was asked about before at this manifest version; a failed count (an unreadable file)
   * leaves queries on the genotypes, which name the file when they need it.
   */
  synchronized Lease lease(AllowList allowed, Manifest manifest, Counter counter)
      throws SQLException {
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
    if (entry.users == 0) {
      dropStale(entry);
    }
    String counts = counter == null ? null : counts(entry, manifest, counter);
    entry.users++;
    Entry leased = entry;
    return new Lease() {
      @Override
      public String name() {
        return leased.name;
      }

      @Override
      public String counts() {
        return counts;
      }

      @Override
      public void close() {
        release(leased);
      }
    };
  }

  private String counts(Entry entry, Manifest manifest, Counter counter) {
    if (manifest.version() < entry.version) {
      return null; // a query still reading an older version
    }
    if (manifest.version() > entry.version) {
      if (entry.counts != null) {
        entry.stale.add(entry.counts);
        entry.counts = null;
      }
      entry.version = manifest.version();
      entry.queries = 0;
      entry.countingFailed = false;
    }
    entry.queries++;
    if (entry.counts == null && !entry.countingFailed && entry.queries >= COUNT_AT) {
      String table = "counts_" + next++;
      try {
        counter.count(connection, entry.name, table);
        entry.counts = table;
      } catch (SQLException e) {
        entry.countingFailed = true;
        drop(table);
        LOG.warn(
            "Population store: whole-store counts of an allow-list of {} at version {} failed;"
                + " its queries read the genotypes: {}",
            entry.name,
            manifest.version(),
            e.toString());
      }
    }
    return entry.counts;
  }

  private synchronized void release(Entry entry) {
    entry.users--;
    if (entry.users == 0) {
      dropStale(entry);
    }
    evict();
  }

  private void dropStale(Entry entry) {
    entry.stale.forEach(this::drop);
    entry.stale.clear();
  }

  private void evict() {
    Iterator<Map.Entry<AllowList, Entry>> eldest = tables.entrySet().iterator();
    int over = tables.size() - KEPT;
    while (over > 0 && eldest.hasNext()) {
      Entry entry = eldest.next().getValue();
      if (entry.users == 0) {
        drop(entry.name);
        if (entry.counts != null) {
          drop(entry.counts);
        }
        dropStale(entry);
        eldest.remove();
        over--;
      }
    }
  }

  private void drop(String table) {
    try (Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS " + table);
    } catch (SQLException e) {
      // dropped with the in-memory database at close
    }
  }
}
