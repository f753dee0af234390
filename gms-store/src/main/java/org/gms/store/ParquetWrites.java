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

  /**
   * The genotypes and variants of a run, written as new files of both tables: one file per table
   * and contig (not per bin), so an append writes few files whatever the run's size.
   */
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
      List<Manifest.DataFile> files = new ArrayList<>();
      files.addAll(byContig(sql, "stage_gv", Manifest.GENOTYPES, staging, "run" + seq));
      files.addAll(byContig(sql, "stage_v", Manifest.VARIANTS, staging, "run" + seq));
      sql.execute("DROP TABLE stage_gv");
      sql.execute("DROP TABLE stage_v");
      return files;
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * A staged table written as one file per contig (several when a contig's rows exceed the target
   * size), sorted by position; moved into data/ and described.
   */
  private List<Manifest.DataFile> byContig(
      Statement sql, String table, String kind, Path staging, String prefix)
      throws SQLException, IOException {
    List<String[]> contigs = new ArrayList<>();
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT DISTINCT build, contig FROM " + table + " ORDER BY build, contig")) {
      while (rs.next()) {
        contigs.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    List<Path> written = new ArrayList<>();
    for (String[] contig : contigs) {
      // build and contig names are validated (letters, digits, _ and .) by Variant
      String select =
          "SELECT * FROM "
              + table
              + " WHERE build = '"
              + contig[0]
              + "' AND contig = '"
              + contig[1]
              + "' ORDER BY "
              + order(kind);
      written.addAll(copy(sql, select, partition(staging, kind, contig[0], contig[1]), prefix));
    }
    return publish(staging, kind, written);
  }

  private static String order(String kind) {
    return kind.equals(Manifest.GENOTYPES) ? ORDER_GENOTYPES : ORDER_VARIANTS;
  }

  private static Path partition(Path base, String kind, String build, String contig) {
    // build-GRCh38/contig-17: not key=value directories, so that no engine infers partition
    // columns (and their types) from the path; the files hold those columns
    return base.resolve(kind).resolve("build-" + build).resolve("contig-" + contig);
  }

  /**
   * One contig's files of a table merged into new files (variants once each) of at most the target
   * size, sorted by position, so that each covers its own stretch of the contig; the rows of the
   * runs in {@code without} are left out.
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
          "SELECT build, contig, min(bin) AS bin, pos, variant_id, min(ref) AS ref, min(alt) AS"
              + " alt, min(gene) AS gene, min(consequence) AS consequence FROM "
              + source
              + " GROUP BY build, contig, pos, variant_id ORDER BY "
              + ORDER_VARIANTS;
    }
    try (Statement sql = connection.createStatement()) {
      Manifest.DataFile first = files.get(0);
      return publish(
          staging,
          table,
          copy(sql, select, partition(staging, table, first.build(), first.contig()), "merged"));
    } finally {
      deleteTree(staging);
    }
  }

  /** Writes the rows of a query, in its order, as files of at most the target size. */
  private List<Path> copy(Statement sql, String select, Path directory, String prefix)
      throws SQLException, IOException {
    Files.createDirectories(directory);
    sql.execute(
        "COPY ("
            + select
            + ") TO '"
            + DuckDbStore.quoted(directory)
            + "' (FORMAT parquet, PARQUET_VERSION V2, COMPRESSION zstd, ROW_GROUP_SIZE "
            + settings.rowGroupRows()
            + ", FILE_SIZE_BYTES "
            + settings.targetFileBytes()
            + ", OVERWRITE_OR_IGNORE true, FILENAME_PATTERN '"
            + prefix
            + "-{uuid}')");
    try (Stream<Path> list = Files.list(directory)) {
      return list.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  /** Describes the staged files (one query) and moves them into data/. */
  private List<Manifest.DataFile> publish(Path staging, String table, List<Path> written)
      throws IOException, SQLException {
    if (written.isEmpty()) {
      return List.of();
    }
    Map<Path, Manifest.DataFile> described = describe(table, written);
    List<Manifest.DataFile> files = new ArrayList<>();
    for (Path file : written) {
      Path target = root.resolve("data").resolve(staging.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Manifest.DataFile d = described.get(file);
      Manifest.DataFile published =
          new Manifest.DataFile(
              d.table(),
              root.relativize(target).toString(),
              d.build(),
              d.contig(),
              d.bin(),
              d.rows(),
              Files.size(file),
              d.minPosition(),
              d.maxPosition(),
              d.maxRefLength(),
              d.runs());
      if (table.equals(Manifest.GENOTYPES)) {
        // the file's carrier blocks, staged beside it, are in place before the file is
        Path blocks = staging.resolve("carriers").resolve(file.getFileName().toString());
        try (Statement sql = connection.createStatement()) {
          CarrierBlocks.write(sql, file, blocks, settings.carrierBlockRows());
        }
        Path blocksTarget = CarrierBlocks.path(root, published);
        Files.createDirectories(blocksTarget.getParent());
        Files.move(blocks, blocksTarget, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      files.add(published);
    }
    return files;
  }

  /** Rows, positions, longest reference allele and runs of each file, read in one query. */
  private Map<Path, Manifest.DataFile> describe(String table, List<Path> written)
      throws SQLException {
    String longest =
        table.equals(Manifest.VARIANTS) ? "max(greatest(length(ref), 1))" : "CAST(1 AS BIGINT)";
    String runs = table.equals(Manifest.GENOTYPES) ? "list(DISTINCT run)" : "CAST([] AS INTEGER[])";
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < written.size(); i++) {
      list.append(i == 0 ? "'" : ", '").append(DuckDbStore.quoted(written.get(i))).append("'");
    }
    list.append("]");
    Map<Path, Manifest.DataFile> described = new HashMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT filename, min(build), min(contig), min(bin), count(*), min(pos), max(pos), "
                    + longest
                    + ", "
                    + runs
                    + " FROM read_parquet("
                    + list
                    + ", filename = true) GROUP BY filename")) {
      while (rs.next()) {
        List<Integer> seqs = new ArrayList<>();
        Object[] values = (Object[]) rs.getArray(9).getArray();
        for (Object value : values) {
          seqs.add(((Number) value).intValue());
        }
        seqs.sort(Comparator.naturalOrder());
        Path file = Path.of(rs.getString(1));
        described.put(
            file,
            new Manifest.DataFile(
                table,
                file.toString(),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getLong(5),
                0,
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(8),
                seqs));
      }
    }
    if (!described.keySet().containsAll(written)) {
      throw new SQLException(
          "Written files not described: " + written + " vs " + described.keySet());
    }
    return described;
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
