package org.gms.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes Parquet files with DuckDB: rows staged in an in-memory table, copied out partitioned by
 * build, contig and bin, sorted by position, then moved from the staging directory into {@code
 * data/} under names no other write uses. Nothing here is visible until the caller commits a
 * manifest listing the files.
 */
final class ParquetWrites {

  static final String VARIANT_COLUMNS =
      "build VARCHAR, contig VARCHAR, bin INTEGER, pos BIGINT, variant_id BIGINT, ref VARCHAR,"
          + " alt VARCHAR, gene VARCHAR, consequence VARCHAR";
  private static final String ORDER_GENOTYPES = "build, contig, bin, pos, variant_id, individual";
  private static final String ORDER_VARIANTS = "build, contig, bin, pos, variant_id";

  private final Path root;
  private final DuckDBConnection connection;
  private final PopulationStore.Settings settings;

  ParquetWrites(Path root, DuckDBConnection connection, PopulationStore.Settings settings) {
    this.root = root;
    this.connection = connection;
    this.settings = settings;
  }

  /** The genotypes and variants of a run, written as new files of both tables. */
  List<Manifest.DataFile> writeRun(int seq, List<VariantCalls> calls, int binSize)
      throws SQLException, IOException {
    Path staging = root.resolve("staging").resolve(UUID.randomUUID().toString());
    try (Statement sql = connection.createStatement()) {
      // genotypes are staged as numbers only (the variant's row number); the variant columns
      // are joined in when the files are written
      sql.execute(
          "CREATE OR REPLACE TABLE stage_g (vidx INTEGER, individual INTEGER, zygosity TINYINT,"
              + " gq SMALLINT, dp SMALLINT)");
      sql.execute("CREATE OR REPLACE TABLE stage_v (vidx INTEGER, " + VARIANT_COLUMNS + ")");
      try (DuckDBAppender g =
              connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_g");
          DuckDBAppender v =
              connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_v")) {
        Map<Variant, Integer> rows = new HashMap<>();
        for (VariantCalls call : calls) {
          Variant variant = call.variant();
          Integer vidx = rows.get(variant);
          if (vidx == null) {
            vidx = rows.size();
            rows.put(variant, vidx);
            v.beginRow()
                .append(vidx.intValue())
                .append(variant.build())
                .append(variant.contig())
                .append((int) (variant.position() / binSize))
                .append(variant.position())
                .append(variant.id())
                .append(variant.ref())
                .append(variant.alt());
            appendNullable(v, call.gene());
            appendNullable(v, call.consequence());
            v.endRow();
          }
          int[] individuals = call.individuals();
          byte[] copies = call.copies();
          int[] quality = call.quality();
          int[] depth = call.depth();
          for (int i = 0; i < individuals.length; i++) {
            g.beginRow().append(vidx.intValue()).append(individuals[i]).append(copies[i]);
            appendNullable(g, VariantCalls.roundedQuality(quality, i));
            appendNullable(g, VariantCalls.roundedDepth(depth, i));
            g.endRow();
          }
        }
      }
      sql.execute(
          "CREATE OR REPLACE TABLE stage_gv AS SELECT v.build, v.contig, v.bin, v.pos,"
              + " v.variant_id, g.individual, g.zygosity, g.gq, g.dp, CAST("
              + seq
              + " AS INTEGER) AS run FROM stage_g g JOIN stage_v v ON g.vidx = v.vidx");
      sql.execute("DROP TABLE stage_g");
      sql.execute("ALTER TABLE stage_v DROP COLUMN vidx");
      copy(sql, "stage_gv", ORDER_GENOTYPES, staging.resolve(Manifest.GENOTYPES), "run" + seq);
      copy(sql, "stage_v", ORDER_VARIANTS, staging.resolve(Manifest.VARIANTS), "run" + seq);
      sql.execute("DROP TABLE stage_gv");
      sql.execute("DROP TABLE stage_v");
    }
    return publish(staging);
  }

  /**
   * One partition's files of a table merged into new files (variants once each), sorted by
   * position; the rows of the runs in {@code without} are left out.
   */
  List<Manifest.DataFile> rewrite(List<Manifest.DataFile> files, String table, Set<Integer> without)
      throws SQLException, IOException {
    Path staging = root.resolve("staging").resolve(UUID.randomUUID().toString());
    String source = DuckDbStore.readParquet(root, files);
    String select;
    if (table.equals(Manifest.GENOTYPES)) {
      String filter =
          without.isEmpty()
              ? ""
              : " WHERE run NOT IN ("
                  + String.join(",", without.stream().map(String::valueOf).toList())
                  + ")";
      select = "SELECT * FROM " + source + filter + " ORDER BY " + ORDER_GENOTYPES;
    } else {
      select =
          "SELECT build, contig, bin, pos, variant_id, min(ref) AS ref, min(alt) AS alt,"
              + " min(gene) AS gene, min(consequence) AS consequence FROM "
              + source
              + " GROUP BY build, contig, bin, pos, variant_id ORDER BY "
              + ORDER_VARIANTS;
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute("CREATE OR REPLACE TABLE stage_c AS " + select);
      Manifest.DataFile first = files.get(0);
      Path partition =
          staging
              .resolve(table)
              .resolve("build=" + first.build())
              .resolve("contig=" + first.contig())
              .resolve("bin=" + first.bin());
      copy(sql, "stage_c", null, partition, "merged");
      sql.execute("DROP TABLE stage_c");
    }
    return publish(staging);
  }

  private void copy(Statement sql, String table, String order, Path directory, String prefix)
      throws SQLException, IOException {
    Files.createDirectories(directory.getParent());
    try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      if (rows.getLong(1) == 0) {
        return;
      }
    }
    sql.execute(
        "COPY (SELECT * FROM "
            + table
            + (order == null ? "" : " ORDER BY " + order)
            + ") TO '"
            + DuckDbStore.quoted(directory)
            + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000, "
            // an append is split by partition; a merge is one partition, split by size
            + (order != null
                ? "PARTITION_BY (build, contig, bin), WRITE_PARTITION_COLUMNS true"
                : "FILE_SIZE_BYTES " + settings.targetFileBytes())
            + ", FILENAME_PATTERN '"
            + prefix
            + "-{uuid}')");
  }

  /** Moves the staged files into data/ and describes them; removes the staging directory. */
  private List<Manifest.DataFile> publish(Path staging) throws IOException, SQLException {
    List<Manifest.DataFile> files = new ArrayList<>();
    if (!Files.isDirectory(staging)) {
      return files;
    }
    List<Path> written;
    try (Stream<Path> walk = Files.walk(staging)) {
      written = walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    for (Path file : written) {
      Path relative = staging.relativize(file);
      String table = relative.getName(0).toString();
      // build-GRCh38/contig-17/bin-4: not key=value directories, so that no engine infers
      // partition columns (and their types) from the path; the files hold those columns
      Path target = root.resolve("data").resolve(relative.toString().replace('=', '-'));
      Files.createDirectories(target.getParent());
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      files.add(describe(table, target));
    }
    deleteTree(staging);
    return files;
  }

  private Manifest.DataFile describe(String table, Path file) throws SQLException, IOException {
    String longest =
        table.equals(Manifest.VARIANTS) ? "max(greatest(length(ref), 1))" : "CAST(1 AS BIGINT)";
    String runs = table.equals(Manifest.GENOTYPES) ? "list(DISTINCT run)" : "CAST([] AS INTEGER[])";
    try (Statement sql = connection.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT min(build), min(contig), min(bin), count(*), min(pos), max(pos), "
                    + longest
                    + ", "
                    + runs
                    + " FROM read_parquet('"
                    + DuckDbStore.quoted(file)
                    + "')")) {
      rs.next();
      List<Integer> seqs = new ArrayList<>();
      Object[] values = (Object[]) rs.getArray(8).getArray();
      for (Object value : values) {
        seqs.add(((Number) value).intValue());
      }
      seqs.sort(Comparator.naturalOrder());
      return new Manifest.DataFile(
          table,
          root.relativize(file).toString(),
          rs.getString(1),
          rs.getString(2),
          rs.getInt(3),
          rs.getLong(4),
          Files.size(file),
          rs.getLong(5),
          rs.getLong(6),
          rs.getInt(7),
          seqs);
    }
  }

  private static void appendNullable(DuckDBAppender appender, String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
  }

  private static void appendNullable(DuckDBAppender appender, Short value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value.shortValue());
    }
  }

  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
