package org.gms.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;

/**
 * The store's queries with DuckDB: each reads the committed manifest once, hands DuckDB only the
 * files whose positions overlap the regions, takes a pooled connection and the allow-list's table,
 * and holds the read lock, so that files a commit made obsolete are deleted only when no query may
 * still be reading them. A failure names the missing or unreadable files ({@link FileCheck}).
 */
final class StoreReads {

  private final Path root;
  private final DuckDBConnection connection;
  private final QueryConnections connections;
  private final AllowTables allowTables;
  private final ReentrantReadWriteLock readers;
  private final Supplier<Manifest> manifest;

  StoreReads(
      Path root,
      DuckDBConnection connection,
      QueryConnections connections,
      AllowTables allowTables,
      ReentrantReadWriteLock readers,
      Supplier<Manifest> manifest) {
    this.root = root;
    this.connection = connection;
    this.connections = connections;
    this.allowTables = allowTables;
    this.readers = readers;
    this.manifest = manifest;
  }

  RegionAnswer variants(List<Region> regions, Variant exact, AllowList allowed) {
    return query(
        regions,
        exact,
        allowed,
        (m, sources) -> {
          List<VariantCount> counts = new ArrayList<>();
          int carriers = 0;
          // one statement: the variants' rows, then a row with the distinct carriers only
          try (ResultSet rs = sources.execute(QueryDefinitions.Kind.COUNTS, m, regions, exact)) {
            while (rs.next()) {
              String build = rs.getString(1);
              if (build == null) {
                carriers = rs.getInt(9);
                continue;
              }
              counts.add(
                  new VariantCount(
                      new Variant(
                          build, rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)),
                      rs.getString(6),
                      rs.getInt(7),
                      rs.getInt(8)));
            }
          }
          return new RegionAnswer(counts, carriers);
        },
        new RegionAnswer(List.of(), 0));
  }

  long sweep(List<Region> regions, AllowList allowed, java.util.function.Consumer<Carrier> rows) {
    return query(
        regions,
        null,
        allowed,
        (m, sources) -> {
          long n = 0;
          try (ResultSet rs = sources.execute(QueryDefinitions.Kind.SWEEP, m, regions, null)) {
            while (rs.next()) {
              rows.accept(
                  new Carrier(
                      rs.getInt(1),
                      new Variant(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getLong(4),
                          rs.getString(5),
                          rs.getString(6)),
                      rs.getString(7),
                      rs.getInt(8)));
              n++;
            }
          }
          return n;
        },
        0L);
  }

  long export(List<Region> regions, AllowList allowed, Path parquet) {
    Path target = parquet.toAbsolutePath();
    return query(
        regions,
        null,
        allowed,
        (m, sources) -> {
          // COPY is not prepared: the values are written into its text
          String select =
              QueryDefinitions.sql(QueryDefinitions.Kind.SWEEP, m, regions, null, sources.span())
                  .with(
                      DuckDbStore.readParquet(root, sources.genotypes()),
                      DuckDbStore.readParquet(root, sources.variants()),
                      sources.allowed())
                  .literal();
          try (Statement sql = sources.connection().connection().createStatement()) {
            return (long)
                sql.executeUpdate(
                    "COPY ("
                        + select
                        + ") TO '"
                        + DuckDbStore.quoted(target)
                        + "' (FORMAT parquet, COMPRESSION zstd)");
          }
        },
        0L);
  }

  /** The relations of one query: the files it reads, its allow-list table, its connection. */
  record Sources(
      QueryConnections.Pooled connection,
      List<Manifest.DataFile> genotypes,
      List<Manifest.DataFile> variants,
      String allowed,
      Path root,
      long[] span) {

    ResultSet execute(
        QueryDefinitions.Kind kind, Manifest manifest, List<Region> regions, Variant exact)
        throws SQLException {
      return connection.execute(
          QueryDefinitions.sql(kind, manifest, regions, exact, span),
          root,
          genotypes,
          variants,
          allowed);
    }
  }

  interface Body<T> {
    T run(Manifest manifest, Sources sources) throws SQLException;
  }

  private <T> T query(
      List<Region> regions, Variant exact, AllowList allowed, Body<T> body, T none) {
    readers.readLock().lock();
    try {
      Manifest m = manifest.get();
      // only the files whose positions overlap the regions are handed to DuckDB
      List<Manifest.DataFile> genotypes = QueryDefinitions.files(m, Manifest.GENOTYPES, regions);
      List<Manifest.DataFile> variants = QueryDefinitions.files(m, Manifest.VARIANTS, regions);
      if (genotypes.isEmpty() || variants.isEmpty() || allowed.size() == 0) {
        return none;
      }
      List<Manifest.DataFile> used = new ArrayList<>(variants);
      try (QueryConnections.Pooled pooled = connections.borrow()) {
        long[] span = null;
        if (regions.size() == 1) {
          // the variants overlapping the region say which genotype positions to read
          Region region = regions.get(0);
          try (ResultSet rs =
              pooled.execute(
                  QueryDefinitions.span(m, region, exact), root, List.of(), variants, "")) {
            rs.next();
            long first = rs.getLong(1);
            if (rs.wasNull()) {
              return none;
            }
            span = new long[] {first, rs.getLong(2)};
          }
          genotypes =
              m.files(Manifest.GENOTYPES, region.build(), region.contig(), span[0], span[1]);
          if (genotypes.isEmpty()) {
            return none; // variants of retracted runs only
          }
        }
        used.addAll(genotypes);
        try (AllowTables.Lease table = allowTables.lease(allowed)) {
          return body.run(m, new Sources(pooled, genotypes, variants, table.name(), root, span));
        }
      } catch (SQLException e) {
        throw FileCheck.explain(connection, root, m, used, e);
      }
    } finally {
      readers.readLock().unlock();
    }
  }
}
