package org.gms.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store with DuckDB in-process as its engine (an in-memory database: the data stay in the
 * Parquet files). Writes are serialised; a query holds a read lock so that files a commit made
 * obsolete are deleted only when no query may still be reading them.
 */
final class DuckDbStore implements PopulationStore {

  private static final Logger LOG = LoggerFactory.getLogger(DuckDbStore.class);

  /** Connections that run queries at the same time (more callers wait for one). */
  static final int QUERY_CONNECTIONS = 4;

  /** Test hook: pause this long after an append's files are in place, before its commit. */
  static final String PAUSE_BEFORE_COMMIT = "gms.store.pauseBeforeCommitMillis";

  private final Path root;
  private final Settings settings;
  private final DuckDBConnection connection;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ParquetWrites writes;
  private final AllowTables allowTables;
  private final QueryConnections connections;
  private final StoreReads reads;
  private final ReentrantReadWriteLock readers = new ReentrantReadWriteLock();
  private volatile Manifest manifest;

  private DuckDbStore(
      Path root,
      Settings settings,
      DuckDBConnection connection,
      FileChannel lockChannel,
      FileLock lock,
      boolean precount) {
    this.root = root;
    this.settings = settings;
    this.connection = connection;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.writes = new ParquetWrites(root, connection, settings);
    this.allowTables = new AllowTables(connection);
    this.connections = new QueryConnections(connection, QUERY_CONNECTIONS);
    this.manifest = ManifestFile.read(root, settings.binSize());
    this.reads =
        new StoreReads(
            root, connection, connections, allowTables, readers, () -> manifest, precount);
  }

  static DuckDbStore open(Path root, Settings settings) {
    return open(root, settings, true);
  }

  /**
   * Opens the store; with {@code precount} false every query reads the genotypes (never an
   * allow-list's whole-store counts), as tests compare both ways.
   */
  static DuckDbStore open(Path root, Settings settings, boolean precount) {
    Path absolute = root.toAbsolutePath().normalize();
    FileChannel channel = null;
    try {
      Files.createDirectories(absolute.resolve("data"));
      channel =
          FileChannel.open(
              absolute.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new StoreException(
            "The population store "
                + absolute
                + " is open in another process (it holds "
                + absolute.resolve(".lock")
                + "): stop that process or give this one another directory");
      }
      DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (Statement sql = connection.createStatement()) {
        sql.execute("SET memory_limit = '" + settings.memoryLimit().replace("'", "") + "'");
        sql.execute("SET preserve_insertion_order = false");
        // spill files of large sorts go beside the store, not into the working directory
        sql.execute("SET temp_directory = '" + quoted(absolute.resolve("spill")) + "'");
        trySet(sql, "SET parquet_metadata_cache = true");
        trySet(sql, "SET enable_object_cache = true");
      }
      DuckDbStore store = new DuckDbStore(absolute, settings, connection, channel, lock, precount);
      store.removeLeftovers();
      return store;
    } catch (IOException | SQLException e) {
      closeQuietly(channel);
      throw new StoreException("Could not open the population store " + absolute + ": " + e, e);
    }
  }

  private static void trySet(Statement sql, String setting) {
    try {
      sql.execute(setting);
    } catch (SQLException e) {
      // a setting this DuckDB version does not have
    }
  }

  /**
   * Removes what an append or compaction stopped before its commit left: the staging directory and
   * every data file the manifest does not list (they were never part of the store).
   */
  private void removeLeftovers() throws IOException {
    ParquetWrites.deleteTree(root.resolve("staging"));
    ParquetWrites.deleteTree(root.resolve("spill"));
    Set<Path> live = new HashSet<>();
    manifest.files().forEach(f -> live.add(root.resolve(f.path())));
    manifest.files(Manifest.GENOTYPES).forEach(f -> live.add(CarrierBlocks.path(root, f)));
    int removed = 0;
    try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (!live.contains(file)) {
          Files.delete(file);
          removed++;
        }
      }
    }
    if (removed > 0) {
      LOG.info("Population store {}: {} uncommitted files removed", root, removed);
    }
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public Manifest manifest() {
    return manifest;
  }

  @Override
  public Set<String> runs() {
    Set<String> runs = new LinkedHashSet<>();
    for (Manifest.Run run : manifest.runs()) {
      runs.add(run.name());
      runs.addAll(run.sources());
    }
    return runs;
  }

  @Override
  public Appended append(String run, List<VariantCalls> calls) {
    return write(run, List.of(), calls, false);
  }

  @Override
  public Appended replace(String run, List<VariantCalls> calls) {
    return write(run, List.of(), calls, true);
  }

  @Override
  public Appended migrate(String run, List<String> sources, List<VariantCalls> calls) {
    return write(run, sources, calls, false);
  }

  private synchronized Appended write(
      String run, List<String> sources, List<VariantCalls> calls, boolean replace) {
    if (run == null || run.isBlank()) {
      throw new IllegalArgumentException("An append needs the run's name");
    }
    Manifest current = manifest;
    Manifest.Run old = current.run(run).orElse(null);
    if (old != null && !replace) {
      return new Appended(run, 0, 0, 0, true);
    }
    try {
      int seq = current.nextRun();
      List<Manifest.DataFile> added = writes.writeRun(seq, calls, current.binSize());
      List<Manifest.DataFile> files = new ArrayList<>(current.files());
      List<Manifest.DataFile> obsolete = new ArrayList<>();
      if (old != null) {
        withoutRun(files, old.seq(), obsolete);
      }
      files.addAll(added);
      java.util.BitSet individuals = new java.util.BitSet();
      long genotypes = 0;
      for (VariantCalls call : calls) {
        genotypes += call.individuals().length;
        for (int individual : call.individuals()) {
          individuals.set(individual);
        }
      }
      List<Manifest.Run> runs = new ArrayList<>(current.runs());
      runs.removeIf(r -> r.name().equals(run));
      runs.add(
          new Manifest.Run(
              run,
              seq,
              calls.size(),
              genotypes,
              individuals.cardinality(),
              Instant.now().toString(),
              sources,
              Manifest.Run.spans(individuals.stream().toArray())));
      pauseBeforeCommit();
      commit(current.next(runs, files, seq + 1), obsolete);
      Set<String> touched = new HashSet<>();
      added.forEach(f -> touched.add(partition(f)));
      compact(touched, settings.compactAt());
      return new Appended(run, calls.size(), genotypes, individuals.cardinality(), false);
    } catch (IOException | SQLException e) {
      throw new StoreException(
          "Could not append run '" + run + "' to the population store " + root + ": " + e, e);
    }
  }

  @Override
  public synchronized boolean retract(String run) {
    Manifest current = manifest;
    Manifest.Run old = current.run(run).orElse(null);
    if (old == null) {
      return false;
    }
    try {
      List<Manifest.DataFile> files = new ArrayList<>(current.files());
      List<Manifest.DataFile> obsolete = new ArrayList<>();
      withoutRun(files, old.seq(), obsolete);
      List<Manifest.Run> runs = new ArrayList<>(current.runs());
      runs.remove(old);
      commit(current.next(runs, files, current.nextRun()), obsolete);
      return true;
    } catch (IOException | SQLException e) {
      throw new StoreException(
          "Could not retract run '" + run + "' from the population store " + root + ": " + e, e);
    }
  }

  /**
   * Takes a run's genotype files out of the list: files of that run only are dropped, shared
   * (compacted) files are rewritten without its rows.
   */
  private void withoutRun(List<Manifest.DataFile> files, int seq, List<Manifest.DataFile> obsolete)
      throws IOException, SQLException {
    List<Manifest.DataFile> replacements = new ArrayList<>();
    for (Manifest.DataFile file : List.copyOf(files)) {
      if (file.table().equals(Manifest.GENOTYPES) && file.runs().contains(seq)) {
        files.remove(file);
        obsolete.add(file);
        if (file.runs().size() > 1) {
          replacements.addAll(writes.rewrite(List.of(file), Manifest.GENOTYPES, Set.of(seq)));
        }
      }
    }
    files.addAll(replacements);
  }

  @Override
  public synchronized int compact() {
    Set<String> all = new HashSet<>();
    manifest.files().forEach(f -> all.add(partition(f)));
    int merged = compact(all, 2);
    try (Statement sql = connection.createStatement()) {
      int written = CarrierBlocks.writeMissing(sql, root, manifest, settings.carrierBlockRows());
      if (written > 0) {
        LOG.info("Population store {}: carrier blocks written for {} files", root, written);
      }
    } catch (IOException | SQLException e) {
      throw new StoreException(
          "Could not write the carrier blocks of the population store " + root + ": " + e, e);
    }
    return merged;
  }

  private int compact(Set<String> partitions, int minFiles) {
    Manifest current = manifest;
    Map<String, List<Manifest.DataFile>> small = new HashMap<>();
    for (Manifest.DataFile file : current.files()) {
      if (partitions.contains(partition(file)) && file.bytes() < settings.targetFileBytes() / 2) {
        small
            .computeIfAbsent(file.table() + "|" + partition(file), k -> new ArrayList<>())
            .add(file);
      }
    }
    List<Manifest.DataFile> files = new ArrayList<>(current.files());
    List<Manifest.DataFile> obsolete = new ArrayList<>();
    try {
      for (List<Manifest.DataFile> group : small.values()) {
        if (group.size() >= minFiles) {
          files.removeAll(group);
          obsolete.addAll(group);
          files.addAll(writes.rewrite(group, group.get(0).table(), Set.of()));
        }
      }
      if (obsolete.isEmpty()) {
        return 0;
      }
      commit(current.next(current.runs(), files, current.nextRun()), obsolete);
      return obsolete.size();
    } catch (IOException | SQLException e) {
      throw new StoreException("Could not compact the population store " + root + ": " + e, e);
    }
  }

  /** Files are grouped for compaction by build and contig. */
  private static String partition(Manifest.DataFile file) {
    return file.build() + "/" + file.contig();
  }

  /** Replaces the manifest, then deletes the files it no longer lists once no query reads. */
  private void commit(Manifest next, List<Manifest.DataFile> obsolete) throws IOException {
    ManifestFile.write(root, next);
    readers.writeLock().lock();
    try {
      manifest = next;
      for (Manifest.DataFile file : obsolete) {
        Files.deleteIfExists(root.resolve(file.path()));
        if (file.table().equals(Manifest.GENOTYPES)) {
          Files.deleteIfExists(CarrierBlocks.path(root, file));
        }
      }
    } finally {
      readers.writeLock().unlock();
    }
  }

  private static void pauseBeforeCommit() {
    long millis = Long.getLong(PAUSE_BEFORE_COMMIT, 0);
    if (millis > 0) {
      System.out.println("store: files written, committing in " + millis + " ms");
      System.out.flush();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public RegionAnswer variants(List<Region> regions, Variant exact, AllowList allowed) {
    return reads.variants(regions, exact, allowed);
  }

  /** Answers given from an allow-list's whole-store counts since the store was opened (tests). */
  long answeredFromCounts() {
    return reads.answeredFromCounts();
  }

  @Override
  public long sweep(
      List<Region> regions, AllowList allowed, java.util.function.Consumer<Carrier> rows) {
    return reads.sweep(regions, allowed, rows);
  }

  @Override
  public long export(List<Region> regions, AllowList allowed, Path parquet) {
    return reads.export(regions, allowed, parquet);
  }

  @Override
  public long engineMemory() {
    try (DuckDBConnection duplicate = (DuckDBConnection) connection.duplicate();
        Statement sql = duplicate.createStatement();
        ResultSet rs = sql.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  static String readParquet(Path root, List<Manifest.DataFile> files) {
    StringBuilder list = new StringBuilder("read_parquet([");
    for (int i = 0; i < files.size(); i++) {
      list.append(i == 0 ? "'" : ", '")
          .append(quoted(root.resolve(files.get(i).path())))
          .append("'");
    }
    return list.append("])").toString();
  }

  static String quoted(Path path) {
    return path.toString().replace("'", "''");
  }

  @Override
  public void close() {
    connections.close();
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("Population store {}: closing DuckDB: {}", root, e.toString());
    }
    try {
      lock.release();
    } catch (IOException e) {
      // released when the channel closes
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }
}
