package org.gms.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The population variant store at one directory: appends of analysis runs (each atomic, each run
 * once), retraction and re-doing of a run, compaction, and the queries, each counting only the
 * individuals of the allow-list it is given. One process writes a store at a time (a lock file says
 * which); any number of engines may read its files.
 */
public interface PopulationStore extends AutoCloseable {

  /**
   * How a store is laid out and kept.
   *
   * @param binSize positions per bin (the {@code bin} column of every row, for engines that
   *     partition by it)
   * @param compactAt small files of a contig (and table) that start a compaction after an append
   * @param targetFileBytes the size files are written up to (compaction merges files below half of
   *     it)
   * @param memoryLimit DuckDB's memory limit
   * @param rowGroupRows rows per Parquet row group (the unit a query decodes)
   * @param carrierBlockRows genotype rows per block of a file's carrier bitmaps (the most a region
   *     query reads of a partial block at either end of the region; see {@link CarrierBlocks})
   */
  record Settings(
      int binSize,
      int compactAt,
      long targetFileBytes,
      String memoryLimit,
      int rowGroupRows,
      int carrierBlockRows) {

    public static Settings defaults() {
      return new Settings(10_000_000, 16, 128L << 20, "1GB", DEFAULT_ROW_GROUP_ROWS);
    }

    /**
     * Genotype rows per carrier block unless given: a gene of 30 million rows is some 230 blocks'
     * bitmaps, and a region's partial blocks at its ends cost at most about this many rows each.
     */
    public static final int DEFAULT_CARRIER_BLOCK_ROWS = 131_072;

    /**
     * Rows per row group unless given: fewer groups cost a point query less (it checks each group's
     * statistics) and compress better, but from 61,440 rows DuckDB's v2 pages stopped
     * delta-encoding the individual index and the files doubled (docs/population-store.md).
     */
    public static final int DEFAULT_ROW_GROUP_ROWS = 40_960;

    public Settings(int binSize, int compactAt, long targetFileBytes, String memoryLimit) {
      this(binSize, compactAt, targetFileBytes, memoryLimit, DEFAULT_ROW_GROUP_ROWS);
    }

    public Settings(
        int binSize, int compactAt, long targetFileBytes, String memoryLimit, int rowGroupRows) {
      this(
          binSize,
          compactAt,
          targetFileBytes,
          memoryLimit,
          rowGroupRows,
          DEFAULT_CARRIER_BLOCK_ROWS);
    }

    public Settings {
      if (binSize < 1_000 || compactAt < 2 || targetFileBytes < (1 << 20)) {
        throw new IllegalArgumentException(
            "Store settings: give a bin size of at least 1,000 positions, compaction at 2 or more"
                + " files and a target file size of at least 1 MB");
      }
      if (rowGroupRows < 2_048) {
        throw new IllegalArgumentException(
            "Store settings: row groups of " + rowGroupRows + " rows; give at least 2,048");
      }
      if (carrierBlockRows < 16) {
        throw new IllegalArgumentException(
            "Store settings: carrier blocks of "
                + carrierBlockRows
                + " genotype rows; give at least 16");
      }
    }
  }

  /**
   * What an append did.
   *
   * @param alreadyAppended the run was in the store, and nothing was done
   */
  record Appended(
      String run, int variants, long genotypes, int individuals, boolean alreadyAppended) {}

  /** Opens (or creates) the store at root with DuckDB as its engine, as its one writer. */
  static PopulationStore open(Path root, Settings settings) {
    return DuckDbStore.open(root, settings);
  }

  static PopulationStore open(Path root) {
    return open(root, Settings.defaults());
  }

  /**
   * Appends a run's genotypes atomically: a query sees all of them or none, and a process killed
   * during the append leaves none. A run already in the store is not appended again.
   */
  Appended append(String run, List<VariantCalls> calls);

  /**
   * Replaces a run (re-done): its old genotypes leave the store in the same commit that adds the
   * new ones.
   */
  Appended replace(String run, List<VariantCalls> calls);

  /** Removes a run's genotypes; false when it was not in the store. */
  boolean retract(String run);

  /**
   * Records that this store holds what another store had loaded from these sources, as one run
   * (migration): each source then counts as appended.
   */
  Appended migrate(String run, List<String> sources, List<VariantCalls> calls);

  /** The runs in the store, and the sources migrated runs stand for. */
  Set<String> runs();

  /**
   * Merges each partition's small files into files of about the target size, and writes the carrier
   * blocks of genotypes files that lack them (a store written before they existed); files merged.
   */
  int compact();

  /** The variants overlapping the regions (or only the exact one) that allowed people carry. */
  RegionAnswer variants(List<Region> regions, Variant exact, AllowList allowed);

  /**
   * Each allowed individual carrying a variant in the regions (the re-analysis sweep), handed to
   * {@code rows} one at a time as the engine reads them, so that a national cohort's sweep needs no
   * room for all of its rows; returns how many there were.
   */
  long sweep(List<Region> regions, AllowList allowed, java.util.function.Consumer<Carrier> rows);

  /** The sweep's rows as one list, for small regions and tests. */
  default List<Carrier> sweep(List<Region> regions, AllowList allowed) {
    List<Carrier> carriers = new java.util.ArrayList<>();
    sweep(regions, allowed, carriers::add);
    return carriers;
  }

  /** Writes the sweep's rows as one Parquet file (a cohort export); the rows written. */
  long export(List<Region> regions, AllowList allowed, Path parquet);

  /** Bytes the engine holds outside the Java heap (DuckDB's buffers and caches). */
  long engineMemory();

  /** The committed manifest. */
  Manifest manifest();

  Path root();

  @Override
  void close();
}
