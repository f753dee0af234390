package org.gms.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.List;

/**
 * Each genotypes file's distinct carriers by stretch of positions, written beside it (same name
 * under {@code data/carriers/}) when the file is written, so that a region's carriers among
 * everyone (a gene of 30 million genotype rows at 100,000 people) are the union of a few hundred
 * stretches' bitmaps instead of a pass over its genotypes. A stretch ("block") is the positions
 * whose first genotype row falls in the same {@code blockRows} rows of the file (one position with
 * more carriers is a block of its own); a block's carriers are rows {@code (pos_from, pos_to, w,
 * bits)}: individuals {@code w * 32} to {@code w * 32 + 31} as the low 32 bits of {@code bits}, for
 * the words with a carrier only.
 *
 * <p>A region's carriers are then the blocks wholly between its first and last position, and the
 * genotype rows of the partial blocks at either end (at most about {@code blockRows} rows each),
 * read with the row groups' position statistics. Existence of a genotype row is all that counts (a
 * genotypes file holds carriers only), so the latest-run rule of the counts does not change a
 * carrier set, and the union over a region's files is exact. A file without its blocks (written
 * before they were, or its blocks lost) is read whole for the region, as before; {@link
 * PopulationStore#compact()} writes the missing ones.
 */
final class CarrierBlocks {

  private static final String WORDS =
      "CAST(individual >> 5 AS INTEGER) AS w,"
          + " bit_or(CAST(1 AS BIGINT) << (individual & 31)) AS bits";

  private CarrierBlocks() {}

  /**
   * Where a genotypes file's blocks are: {@code data/carriers/...} in place of {@code genotypes}.
   */
  static Path path(Path root, Manifest.DataFile genotypes) {
    return root.resolve(sidePath(genotypes.path()));
  }

  private static String sidePath(String genotypesPath) {
    String marker = "/" + Manifest.GENOTYPES + "/";
    int at = genotypesPath.indexOf(marker);
    return at < 0
        ? genotypesPath + ".carriers"
        : genotypesPath.substring(0, at)
            + "/carriers/"
            + genotypesPath.substring(at + marker.length());
  }

  /** The blocks of the genotypes file at {@code source}, written to {@code target}. */
  static void write(Statement sql, Path source, Path target, int blockRows)
      throws SQLException, IOException {
    Files.createDirectories(target.getParent());
    String file = "read_parquet('" + DuckDbStore.quoted(source) + "')";
    sql.execute(
        "COPY (WITH p AS (SELECT pos, count(*) AS n FROM "
            + file
            + " GROUP BY pos),"
            + " c AS (SELECT pos, sum(n) OVER (ORDER BY pos ROWS UNBOUNDED PRECEDING) - n AS"
            + " before FROM p),"
            + " b AS (SELECT pos, CAST(before // "
            + blockRows
            + " AS BIGINT) AS block FROM c),"
            + " r AS (SELECT block, min(pos) AS pos_from, max(pos) AS pos_to FROM b GROUP BY"
            + " block)"
            + " SELECT r.pos_from, r.pos_to, "
            + WORDS
            + " FROM "
            + file
            + " g JOIN b ON g.pos = b.pos JOIN r ON b.block = r.block"
            + " GROUP BY r.pos_from, r.pos_to, w ORDER BY r.pos_from, w) TO '"
            + DuckDbStore.quoted(target)
            + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 65536)");
  }

  /** Writes the blocks of live genotypes files that have none; how many were written. */
  static int writeMissing(Statement sql, Path root, Manifest manifest, int blockRows)
      throws SQLException, IOException {
    int written = 0;
    for (Manifest.DataFile file : manifest.files(Manifest.GENOTYPES)) {
      Path target = path(root, file);
      if (!Files.exists(target)) {
        Path staged = target.resolveSibling(".staged-" + target.getFileName());
        write(sql, root.resolve(file.path()), staged, blockRows);
        Files.move(staged, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        written++;
      }
    }
    return written;
  }

  /**
   * The distinct carriers, among everyone, of the genotype rows at positions {@code from} to {@code
   * last} of these files (every variant there overlaps the region), and of the variants {@code
   * before} (pairs of position and id: variants starting before the region that overlap it).
   */
  static BitSet carriers(
      QueryConnections.Pooled pooled,
      Path root,
      List<Manifest.DataFile> files,
      long from,
      long last,
      List<long[]> before)
      throws SQLException {
    BitSet carriers = new BitSet();
    for (Manifest.DataFile file : files) {
      long a = Long.MAX_VALUE;
      long z = Long.MIN_VALUE;
      Path blocks = path(root, file);
      if (from <= last && Files.exists(blocks)) {
        try (ResultSet rs =
            pooled.execute(
                new QueryDefinitions.Query(
                    "SELECT w, bit_or(bits), min(pos_from), max(pos_to) FROM {genotypes}"
                        + " WHERE pos_from >= $1 AND pos_to <= $2 GROUP BY w",
                    List.of(from, last)),
                root,
                List.of(blocksFile(root, file, blocks)),
                List.of(),
                "")) {
          while (rs.next()) {
            set(carriers, rs.getInt(1), rs.getLong(2));
            a = Math.min(a, rs.getLong(3));
            z = Math.max(z, rs.getLong(4));
          }
        }
      }
      // the rows the whole blocks did not cover: [from, a) and (z, last], or all of [from, last]
      List<Object> values =
          a == Long.MAX_VALUE ? List.of(from, last, 1L, 0L) : List.of(from, a - 1, z + 1, last);
      words(pooled, root, file, carriers, "pos BETWEEN $1 AND $2 OR pos BETWEEN $3 AND $4", values);
      if (!before.isEmpty()) {
        long first = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        StringBuilder ids = new StringBuilder();
        for (long[] variant : before) {
          first = Math.min(first, variant[0]);
          end = Math.max(end, variant[0]);
          ids.append(ids.isEmpty() ? "" : ", ").append(variant[1]);
        }
        words(
            pooled,
            root,
            file,
            carriers,
            "pos BETWEEN $1 AND $2 AND variant_id IN (" + ids + ")",
            List.of(first, end));
      }
    }
    return carriers;
  }

  private static void words(
      QueryConnections.Pooled pooled,
      Path root,
      Manifest.DataFile file,
      BitSet carriers,
      String where,
      List<Object> values)
      throws SQLException {
    QueryDefinitions.Query query =
        new QueryDefinitions.Query(
            "SELECT " + WORDS + " FROM {genotypes} WHERE " + where + " GROUP BY w", values);
    try (ResultSet rs = pooled.execute(query, root, List.of(file), List.of(), "")) {
      while (rs.next()) {
        set(carriers, rs.getInt(1), rs.getLong(2));
      }
    }
  }

  /** The blocks file as a data file of the query (its path is all that is read). */
  private static Manifest.DataFile blocksFile(Path root, Manifest.DataFile file, Path blocks) {
    return new Manifest.DataFile(
        file.table(),
        root.relativize(blocks).toString(),
        file.build(),
        file.contig(),
        file.bin(),
        file.rows(),
        file.bytes(),
        file.minPosition(),
        file.maxPosition(),
        file.maxRefLength(),
        file.runs());
  }

  private static void set(BitSet carriers, int word, long bits) {
    long rest = bits & 0xFFFF_FFFFL;
    while (rest != 0) {
      carriers.set(word * 32 + Long.numberOfTrailingZeros(rest));
      rest &= rest - 1;
    }
  }
}
