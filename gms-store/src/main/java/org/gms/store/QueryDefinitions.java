package org.gms.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's queries, as one set of SQL texts that every engine runs: DuckDB in-process and Spark
 * on a cluster (or {@code local[2]} in tests). An engine only supplies the three relations the text
 * names, {@code {genotypes}}, {@code {variants}} (the live Parquet files the manifest lists for the
 * regions asked about) and {@code {allowed}} (one {@code individual} column: the allow-list of the
 * query). Values in the text are rendered here from validated types only (builds, contig names,
 * positions, 64-bit ids), never from free text.
 *
 * <p>An individual carried in two runs counts once, with the zygosity of their latest run.
 * Genotypes join variants on the position and the 64-bit variant id, which hashes build, contig and
 * alleles (not on the build and contig strings, which DuckDB 1.4.4 fails to push into the join).
 */
public final class QueryDefinitions {

  /** What a query gives. */
  public enum Kind {
    /** Per variant: build, contig, pos, ref, alt, gene, het, hom (by position). */
    VARIANTS,
    /** One row: the distinct allowed carriers of any matched variant. */
    CARRIERS,
    /** Per carrier and variant: individual, build, contig, pos, ref, alt, gene, zygosity. */
    SWEEP
  }

  private static final String MATCHES =
      """
      WITH g AS (
        SELECT build, contig, pos, variant_id, individual, max_by(zygosity, run) AS zygosity
        FROM {genotypes}
        WHERE ({scan})
          AND individual IN (SELECT individual FROM {allowed})
        GROUP BY build, contig, pos, variant_id, individual
      ), v AS (
        SELECT build, contig, pos, variant_id,
          min(ref) AS ref, min(alt) AS alt, min(gene) AS gene
        FROM {variants}
        WHERE ({scan}){exact}
        GROUP BY build, contig, pos, variant_id
      ), m AS (
        SELECT g.individual, g.zygosity, v.build, v.contig, v.pos, v.ref, v.alt, v.gene
        FROM g JOIN v ON g.pos = v.pos AND g.variant_id = v.variant_id
        WHERE {overlap}
      )
      """;

  private static final Map<Kind, String> SELECTS =
      Map.of(
          Kind.VARIANTS,
          """
          SELECT build, contig, pos, ref, alt, gene,
            CAST(sum(CASE WHEN zygosity = 1 THEN 1 ELSE 0 END) AS INT) AS het,
            CAST(sum(CASE WHEN zygosity = 2 THEN 1 ELSE 0 END) AS INT) AS hom
          FROM m GROUP BY build, contig, pos, ref, alt, gene
          ORDER BY build, contig, pos, ref, alt
          """,
          Kind.CARRIERS,
          "SELECT CAST(count(DISTINCT individual) AS INT) AS carriers FROM m\n",
          Kind.SWEEP,
          """
          SELECT individual, build, contig, pos, ref, alt, gene, CAST(zygosity AS INT) AS zygosity
          FROM m ORDER BY individual, build, contig, pos, ref, alt
          """);

  private QueryDefinitions() {}

  /**
   * The SQL text of a query over regions (variants overlapping any of them), optionally only one
   * exact variant, with the three relation placeholders left for the engine.
   */
  public static String sql(Kind kind, Manifest manifest, List<Region> regions, Variant exact) {
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("A store query needs at least one region");
    }
    List<String> scans = new ArrayList<>();
    List<String> overlaps = new ArrayList<>();
    for (Region region : regions) {
      long lookback = manifest.maxRefLength(region.build(), region.contig()) - 1L;
      String where = "build = '" + region.build() + "' AND contig = '" + region.contig() + "'";
      scans.add(
          "("
              + where
              + " AND pos BETWEEN "
              + Math.max(1, region.from() - lookback)
              + " AND "
              + region.to()
              + ")");
      overlaps.add(
          "(v."
              + where.replace("contig =", "v.contig =")
              + " AND v.pos <= "
              + region.to()
              + " AND v.pos + greatest(length(v.ref), 1) - 1 >= "
              + region.from()
              + ")");
    }
    // alleles are validated as A, C, G, T, N only; the join limits the genotypes to the variant
    String exactClause =
        exact == null ? "" : " AND ref = '" + exact.ref() + "' AND alt = '" + exact.alt() + "'";
    return MATCHES
            .replace("{scan}", String.join(" OR ", scans))
            .replace("{exact}", exactClause)
            .replace("{overlap}", String.join(" OR ", overlaps))
        + SELECTS.get(kind);
  }

  /** The text with the engine's relations in place of {@code {genotypes}}, etc. */
  public static String render(String sql, String genotypes, String variants, String allowed) {
    return sql.replace("{genotypes}", genotypes)
        .replace("{variants}", variants)
        .replace("{allowed}", allowed);
  }

  /** The live files of a table that may hold rows of the regions (each file once). */
  public static List<Manifest.DataFile> files(
      Manifest manifest, String table, List<Region> regions) {
    Set<Manifest.DataFile> files = new LinkedHashSet<>();
    for (Region region : regions) {
      long lookback = manifest.maxRefLength(region.build(), region.contig()) - 1L;
      files.addAll(
          manifest.files(
              table, region.build(), region.contig(), region.from() - lookback, region.to()));
    }
    return List.copyOf(files);
  }
}
