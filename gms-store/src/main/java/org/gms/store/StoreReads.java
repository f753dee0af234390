package org.gms.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private final boolean precount;
  private final RegionIndex regionIndex = new RegionIndex();
  private final Map<Path, FileTime> countedAt = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong fromCounts =
      new java.util.concurrent.atomic.AtomicLong();

  StoreReads(
      Path root,
      DuckDBConnection connection,
      QueryConnections connections,
      AllowTables allowTables,
      ReentrantReadWriteLock readers,
      Supplier<Manifest> manifest,
      boolean precount) {
    this.precount = precount;
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
        precount && regions.size() == 1,
        (m, sources) -> {
          if (sources.counts() != null && unchanged(sources.genotypes())) {
            return precounted(m, regions.get(0), exact, allowed, sources);
          }
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

  /**
   * A one-region answer from the allow-list's whole-store counts: the region's variants joined with
   * the counts (no genotype is read), and the distinct carriers as the region's carrier bitmap
   * intersected with the allow-list (a single variant's carriers are its count).
   */
  private RegionAnswer precounted(
      Manifest m, Region region, Variant exact, AllowList allowed, Sources sources)
      throws SQLException {
    fromCounts.incrementAndGet();
    RegionIndex.Entry entry =
        regionIndex.put(new RegionIndex.Key(m.version(), region, exact), sources.span());
    RegionIndex.Variants known = entry.variants;
    if (known == null) {
      known = variantList(sources, m, List.of(region), exact);
      regionIndex.variants(entry, known);
    }
    int[] het = new int[known.variants().size()];
    int[] hom = new int[het.length];
    QueryDefinitions.Query rows = QueryDefinitions.precounted(sources.span());
    try (ResultSet rs =
        sources
            .connection()
            .execute(
                new QueryDefinitions.Query(
                    rows.text().replace("{counts}", sources.counts()), rows.values()),
                root,
                List.of(),
                List.of(),
                "")) {
      while (rs.next()) {
        int at = known.indexOf(rs.getLong(1));
        if (at >= 0) {
          het[at] = rs.getInt(2);
          hom[at] = rs.getInt(3);
        }
      }
    }
    List<VariantCount> counts = new ArrayList<>();
    for (int i = 0; i < het.length; i++) {
      if (het[i] + hom[i] > 0) {
        counts.add(new VariantCount(known.variants().get(i), known.genes().get(i), het[i], hom[i]));
      }
    }
    if (counts.size() < 2) {
      return new RegionAnswer(counts, counts.isEmpty() ? 0 : counts.get(0).carriers());
    }
    BitSet carriers = entry.carriers;
    if (carriers == null) {
      carriers = everyCarrier(m, region, exact, known, sources);
      entry.carriers = carriers;
    }
    return new RegionAnswer(counts, allowed.countIn(carriers));
  }

  /**
   * The region's distinct carriers among everyone: from the files' carrier blocks and the genotype
   * rows of the partial blocks at its ends ({@link CarrierBlocks}); every variant starting between
   * the region's start and its last variant overlaps it, and those starting before it (a deletion
   * reaching into it) are read by position and id.
   */
  private BitSet everyCarrier(
      Manifest m, Region region, Variant exact, RegionIndex.Variants known, Sources sources)
      throws SQLException {
    if (exact != null) {
      BitSet carriers = new BitSet();
      try (ResultSet rs =
          sources.execute(QueryDefinitions.Kind.EVERY_CARRIER, m, List.of(region), exact)) {
        while (rs.next()) {
          carriers.set(rs.getInt(1));
        }
      }
      return carriers;
    }
    List<long[]> before = new ArrayList<>();
    for (int k = 0; k < known.ids().length; k++) {
      Variant v = known.variants().get(known.order()[k]);
      if (v.position() < region.from()) {
        before.add(new long[] {v.position(), known.ids()[k]});
      }
    }
    long[] span = sources.span();
    return CarrierBlocks.carriers(
        sources.connection(),
        root,
        sources.genotypes(),
        Math.max(span[0], region.from()),
        span[1],
        before);
  }

  /**
   * The regions' variants in {@link QueryDefinitions.Kind#VARIANT_LIST} order, read from the
   * variants files only, as one text row ({@link QueryDefinitions#asOneText}): the JDBC driver
   * makes a Java string of every text value of every row, which for a gene's 16,000 variants took
   * most of a cold query (0.7-1.8 s under load), where one long text and a split take milliseconds.
   */
  private RegionIndex.Variants variantList(
      Sources sources, Manifest m, List<Region> regions, Variant exact) throws SQLException {
    List<Variant> variants = new ArrayList<>();
    List<String> genes = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    Map<String, String> names = new HashMap<>(); // one copy of each name and allele
    try (ResultSet rs =
        sources
            .connection()
            .execute(
                QueryDefinitions.asOneText(
                    QueryDefinitions.sql(QueryDefinitions.Kind.VARIANT_LIST, m, regions, exact)),
                root,
                List.of(),
                sources.variants(),
                "")) {
      String text = rs.next() ? rs.getString(1) : null;
      if (text != null && !text.isEmpty()) {
        for (String row : text.split(QueryDefinitions.ROW_END, -1)) {
          String[] f = row.split(QueryDefinitions.FIELD_END, -1);
          variants.add(
              new Variant(
                  one(names, f[0]),
                  one(names, f[1]),
                  Long.parseLong(f[2]),
                  one(names, f[3]),
                  one(names, f[4])));
          genes.add(f[5].equals(QueryDefinitions.NO_GENE) ? null : one(names, f[5]));
          ids.add(Long.parseLong(f[6]));
        }
      }
    }
    return RegionIndex.Variants.of(variants, genes, ids);
  }

  private static String one(Map<String, String> names, String name) {
    return name == null ? null : names.computeIfAbsent(name, n -> n);
  }

  /**
   * Whether the genotypes files a precounted answer stands in for are as they were counted (size
   * and modification time): a file missing or rewritten since is read, so that the query names it
   * as a query of the genotypes would.
   */
  private boolean unchanged(List<Manifest.DataFile> files) {
    for (Manifest.DataFile file : files) {
      Path path = root.resolve(file.path());
      try {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        if (now.size() != file.bytes() || !now.lastModifiedTime().equals(countedAt.get(path))) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** Answers given from an allow-list's whole-store counts so far (tests). */
  long answeredFromCounts() {
    return fromCounts.get();
  }

  /** Makes an allow-list's counts over every genotypes file of the manifest (see AllowTables). */
  private AllowTables.Counter counter(Manifest m) {
    return (duck, allowedTable, countsTable) -> {
      Map<Path, FileTime> times = new HashMap<>();
      for (Manifest.DataFile file : m.files(Manifest.GENOTYPES)) {
        Path path = root.resolve(file.path());
        try {
          times.put(path, Files.getLastModifiedTime(path));
        } catch (IOException e) {
          throw new SQLException("Genotypes file " + path + " is missing: " + e, e);
        }
      }
      countedAt.keySet().retainAll(times.keySet());
      countedAt.putAll(times);
      String select =
          QueryDefinitions.wholeStoreCounts(m)
              .with(DuckDbStore.readParquet(root, m.files(Manifest.GENOTYPES)), "", allowedTable)
              .literal();
      try (Statement sql = duck.createStatement()) {
        sql.execute("CREATE TABLE " + countsTable + " AS " + select);
      }
    };
  }

  /**
   * The sweep: the regions' variants are read once (from the variants files), and the carrier rows
   * come from DuckDB as numbers only ({@link QueryDefinitions.Kind#SWEEP_KEYS}: individual, variant
   * id, zygosity) sorted by individual; each row's variant and gene are the list's own objects, and
   * one individual's rows are handed over in the list's order (build, contig, position, alleles),
   * as {@link QueryDefinitions.Kind#SWEEP} orders them.
   */
  long sweep(List<Region> regions, AllowList allowed, java.util.function.Consumer<Carrier> rows) {
    return query(
        regions,
        null,
        allowed,
        false,
        (m, sources) -> {
          RegionIndex.Variants known = variantList(sources, m, regions, null);
          SweepRows one = new SweepRows(known, rows);
          try (ResultSet rs = sources.execute(QueryDefinitions.Kind.SWEEP_KEYS, m, regions, null)) {
            while (rs.next()) {
              one.add(rs.getInt(1), known.indexOf(rs.getLong(2)), rs.getInt(3));
            }
          }
          return one.finish();
        },
        0L);
  }

  long export(List<Region> regions, AllowList allowed, Path parquet) {
    Path target = parquet.toAbsolutePath();
    return query(
        regions,
        null,
        allowed,
        false,
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

  /**
   * The relations of one query: the files it reads, its allow-list table (and the list's counts
   * table, or null), its connection.
   */
  record Sources(
      QueryConnections.Pooled connection,
      List<Manifest.DataFile> genotypes,
      List<Manifest.DataFile> variants,
      String allowed,
      String counts,
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

  /**
   * The first and last position of the variants overlapping a region (or of the exact variant),
   * null when none does: from the region index when a query of this version asked it before, else
   * from the variants files (and kept there).
   */
  private long[] span(
      QueryConnections.Pooled pooled,
      Manifest m,
      Region region,
      Variant exact,
      List<Manifest.DataFile> variants)
      throws SQLException {
    RegionIndex.Key key = new RegionIndex.Key(m.version(), region, exact);
    RegionIndex.Entry known = precount ? regionIndex.get(key) : null;
    if (known != null) {
      return known.span;
    }
    long[] span = null;
    try (ResultSet rs =
        pooled.execute(QueryDefinitions.span(m, region, exact), root, List.of(), variants, "")) {
      rs.next();
      long first = rs.getLong(1);
      if (!rs.wasNull()) {
        span = new long[] {first, rs.getLong(2)};
      }
    }
    if (precount) {
      regionIndex.put(key, span);
    }
    return span;
  }

  interface Body<T> {
    T run(Manifest manifest, Sources sources) throws SQLException;
  }

  private <T> T query(
      List<Region> regions,
      Variant exact,
      AllowList allowed,
      boolean mayReadCounts,
      Body<T> body,
      T none) {
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
          span = span(pooled, m, region, exact, variants);
          if (span == null) {
            return none;
          }
          genotypes =
              m.files(Manifest.GENOTYPES, region.build(), region.contig(), span[0], span[1]);
          if (genotypes.isEmpty()) {
            return none; // variants of retracted runs only
          }
        }
        used.addAll(genotypes);
        try (AllowTables.Lease table =
            allowTables.lease(allowed, m, mayReadCounts ? counter(m) : null)) {
          return body.run(
              m,
              new Sources(pooled, genotypes, variants, table.name(), table.counts(), root, span));
        }
      } catch (SQLException e) {
        throw FileCheck.explain(connection, root, m, used, e);
      }
    } finally {
      readers.readLock().unlock();
    }
  }
}
