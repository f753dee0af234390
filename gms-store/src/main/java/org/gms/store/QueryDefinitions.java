package org.gms.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's queries, as one set of SQL texts that every engine runs: DuckDB in-process and Spark
 * on a cluster (or {@code local[2]} in tests). An engine only supplies the three relations the text
 * names, {@code {genotypes}}, {@code {variants}} (the live Parquet files the manifest lists for the
 * regions asked about) and {@code {allowed}} (one {@code individual} column: the allow-list of the
 * query), and binds the values {@code $1..$n} (DuckDB, as a prepared statement whose text is the
 * same from one query to the next) or writes them in ({@link Query#literal()}, Spark). Values are
 * builds, contig names, positions and alleles of validated types only.
 *
 * <p>An individual carried in two runs counts once, with the zygosity of their latest run; when the
 * manifest shows that no individual is in two of the runs the files hold (the usual case: each run
 * is new people), each genotype row is already one individual's only genotype of that variant, and
 * the text counts rows without grouping by individual first (several times less work on a gene).
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
    /**
     * Both in one statement: the rows of {@link #VARIANTS} with a null {@code carriers} column,
     * then one row with only {@code carriers}.
     */
    COUNTS,
    /** Per carrier and variant: individual, build, contig, pos, ref, alt, gene, zygosity. */
    SWEEP,
    /**
     * The distinct carriers of any matched variant among everyone in the files (no allow-list): one
     * {@code individual} column, kept as a bitmap and intersected with allow-lists.
     */
    EVERY_CARRIER,
    /**
     * Every variant overlapping the regions, carried or not (no genotype is read): build, contig,
     * pos, ref, alt, gene, variant_id, in the order of {@link #VARIANTS}; the counts of an
     * allow-list are then read from its {@link #wholeStoreCounts} ({@link #precounted}).
     */
    VARIANT_LIST,
    /**
     * The rows of {@link #SWEEP} as numbers only, by individual: individual, variant_id, zygosity;
     * the engine reads the regions' {@link #VARIANT_LIST} once and resolves each row's variant from
     * it (a sort and a transfer of 16 bytes a row, not of five strings).
     */
    SWEEP_KEYS
  }

  /**
   * A query: its text, with relation placeholders and value parameters {@code $1..$n}, and the
   * values in order.
   */
  public record Query(String text, List<Object> values) {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    public Query {
      values = List.copyOf(values);
    }

    /** The text with the values written in (for engines that do not bind parameters). */
    public String literal() {
      Matcher m = PARAMETER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        Object value = values.get(Integer.parseInt(m.group(1)) - 1);
        String literal =
            value instanceof Number
                ? value.toString()
                : "'" + value.toString().replace("'", "''") + "'";
        m.appendReplacement(out, Matcher.quoteReplacement(literal));
      }
      m.appendTail(out);
      return out.toString();
    }

    /** The text with the engine's relations in place of {@code {genotypes}}, etc. */
    public Query with(String genotypes, String variants, String allowed) {
      return new Query(
          text.replace("{genotypes}", genotypes)
              .replace("{variants}", variants)
              .replace("{allowed}", allowed),
          values);
    }
  }

  /** Each individual's latest genotype of each variant (runs may share individuals). */
  private static final String LATEST =
      """
      g AS (
        SELECT pos, variant_id, individual, max_by(zygosity, run) AS zygosity
        FROM {genotypes}
        WHERE ({gscan})
          AND individual IN (SELECT individual FROM {allowed})
        GROUP BY pos, variant_id, individual
      )""";

  /** The genotype rows as they are (no individual is in two of the runs read). */
  private static final String ROWS =
      """
      g AS (
        SELECT pos, variant_id, individual, zygosity
        FROM {genotypes}
        WHERE ({gscan})
          AND individual IN (SELECT individual FROM {allowed})
      )""";

  /** The allow-list's test in the genotypes' selection, left out of {@link Kind#EVERY_CARRIER}. */
  private static final Pattern ALLOWED_ONLY =
      Pattern.compile("\\s+AND individual IN \\(SELECT individual FROM \\{allowed}\\)");

  private static final String VARIANTS =
      """
      , v AS (
        SELECT build, contig, pos, variant_id,
          min(ref) AS ref, min(alt) AS alt, min(gene) AS gene
        FROM {variants}
        WHERE ({scan}){exact}
        GROUP BY build, contig, pos, variant_id
      )
      """;

  private static final String MATCHES =
      """
      , m AS (
        SELECT g.individual, g.zygosity, v.build, v.contig, v.pos, v.ref, v.alt, v.gene
        FROM g JOIN v ON g.pos = v.pos AND g.variant_id = v.variant_id
        WHERE {overlap}
      )
      """;

  /** Per-variant counts, made before the join: the join then has one row per variant. */
  private static final String COUNTED =
      """
      , c AS (
        SELECT pos, variant_id,
          CAST(sum(CASE WHEN zygosity = 1 THEN 1 ELSE 0 END) AS INT) AS het,
          CAST(sum(CASE WHEN zygosity = 2 THEN 1 ELSE 0 END) AS INT) AS hom
        FROM g GROUP BY pos, variant_id
      )
      """;

  private static final String PER_VARIANT =
      """
      SELECT v.build, v.contig, v.pos, v.ref, v.alt, v.gene, c.het, c.hom
      FROM c JOIN v ON c.pos = v.pos AND c.variant_id = v.variant_id
      WHERE {overlap}
      """;

  private static final Map<Kind, String> SELECTS =
      Map.of(
          Kind.VARIANTS,
          COUNTED + PER_VARIANT + "ORDER BY v.build, v.contig, v.pos, v.ref, v.alt\n",
          Kind.CARRIERS,
          MATCHES + "SELECT CAST(count(DISTINCT individual) AS INT) AS carriers FROM m\n",
          Kind.COUNTS,
          COUNTED
              + MATCHES
              + "SELECT * FROM (\n"
              + PER_VARIANT.replace("c.hom\n", "c.hom, CAST(NULL AS INT) AS carriers\n")
              + """
              UNION ALL
              SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                CAST(count(DISTINCT individual) AS INT) FROM m
              ) ORDER BY build NULLS LAST, contig, pos, ref, alt
              """,
          Kind.SWEEP,
          MATCHES
              + """
              SELECT individual, build, contig, pos, ref, alt, gene,
                CAST(zygosity AS INT) AS zygosity
              FROM m ORDER BY individual, build, contig, pos, ref, alt
              """,
          Kind.EVERY_CARRIER,
          MATCHES + "SELECT DISTINCT individual FROM m\n",
          Kind.SWEEP_KEYS,
          """
          , o AS (SELECT pos, variant_id FROM v WHERE {overlap})
          SELECT g.individual, g.variant_id, CAST(g.zygosity AS INT) AS zygosity
          FROM g JOIN o ON g.pos = o.pos AND g.variant_id = o.variant_id
          ORDER BY g.individual
          """,
          Kind.VARIANT_LIST,
          """
          SELECT v.build, v.contig, v.pos, v.ref, v.alt, v.gene, v.variant_id
          FROM v WHERE {overlap}
          ORDER BY v.build, v.contig, v.pos, v.ref, v.alt
          """);

  private QueryDefinitions() {}

  /**
   * A query over regions (variants overlapping any of them), optionally only one exact variant,
   * with the three relation placeholders left for the engine.
   */
  public static Query sql(Kind kind, Manifest manifest, List<Region> regions, Variant exact) {
    return sql(kind, manifest, regions, exact, null);
  }

  /**
   * The same query, with the genotypes of a one-region query read only between the first and last
   * position of the variants that overlap it (as {@link #span} found them), not from the region's
   * start minus the contig's longest reference allele: a position query then reads the row groups
   * of that position, not those of every position a long deletion could start at.
   *
   * @param span the first and last position, or null to read the whole looked-back region
   */
  public static Query sql(
      Kind kind, Manifest manifest, List<Region> regions, Variant exact, long[] span) {
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("A store query needs at least one region");
    }
    if (span != null && (regions.size() != 1 || span.length != 2 || span[0] > span[1])) {
      throw new IllegalArgumentException("A span narrows a one-region query: give [first, last]");
    }
    List<Object> values = new ArrayList<>();
    List<String> scans = new ArrayList<>();
    List<String> genotypeScans = new ArrayList<>();
    List<String> overlaps = new ArrayList<>();
    for (Region region : regions) {
      long lookback = manifest.maxRefLength(region.build(), region.contig()) - 1L;
      // every file holds one build and contig: a one-region query (its files chosen by them)
      // needs no test of them, several regions do
      String where =
          regions.size() == 1
              ? ""
              : "build = $%d AND contig = $%d AND "
                  .formatted(add(values, region.build()), add(values, region.contig()));
      int start = add(values, Math.max(1, region.from() - lookback));
      int from = add(values, region.from());
      int to = add(values, region.to());
      String scan = "(" + where + "pos BETWEEN $%d AND $%d)";
      scans.add(scan.formatted(start, to));
      genotypeScans.add(
          span == null
              ? scan.formatted(start, to)
              : scan.formatted(add(values, span[0]), add(values, span[1])));
      overlaps.add(
          ("("
                  + where.replace("build", "v.build").replace("contig", "v.contig")
                  + "v.pos <= $%d"
                  + " AND v.pos + greatest(length(v.ref), 1) - 1 >= $%d)")
              .formatted(to, from));
    }
    String exactClause =
        exact == null
            ? ""
            : " AND ref = $%d AND alt = $%d"
                .formatted(add(values, exact.ref()), add(values, exact.alt()));
    Set<Integer> runs = new LinkedHashSet<>();
    files(manifest, Manifest.GENOTYPES, regions).forEach(f -> runs.addAll(f.runs()));
    String genotypes =
        switch (kind) {
          case VARIANT_LIST -> null;
          case EVERY_CARRIER ->
              ALLOWED_ONLY
                  .matcher(manifest.disjointIndividuals(runs) ? ROWS : LATEST)
                  .replaceFirst("");
          default -> manifest.disjointIndividuals(runs) ? ROWS : LATEST;
        };
    String text =
        ("WITH "
                + (genotypes == null ? VARIANTS.replaceFirst("^\\s*,", "") : genotypes + VARIANTS)
                + SELECTS.get(kind))
            .replace("{gscan}", String.join(" OR ", genotypeScans))
            .replace("{scan}", String.join(" OR ", scans))
            .replace("{exact}", exactClause)
            .replace("{overlap}", String.join(" OR ", overlaps));
    return new Query(text, values);
  }

  /** Separators of {@link #asOneText}: ASCII record and unit separators, and a missing gene. */
  static final String ROW_END = "\u001e";

  static final String FIELD_END = "\u001f";
  static final String NO_GENE = "\u001d";

  /**
   * A {@link Kind#VARIANT_LIST} query as one row of one text: each variant's build, contig,
   * position, ref, alt, gene and id, in the list's order (builds, contigs, alleles and gene symbols
   * hold no control characters).
   */
  static Query asOneText(Query variantList) {
    return new Query(
        "SELECT string_agg(concat_ws(chr(31), build, contig, CAST(pos AS VARCHAR), ref, alt,"
            + " coalesce(gene, chr(29)), CAST(variant_id AS VARCHAR)), chr(30)"
            + " ORDER BY build, contig, pos, ref, alt) FROM ("
            + variantList.text()
            + ") AS listed",
        variantList.values());
  }

  /**
   * Per variant of the whole store ({@code pos, variant_id, het, hom}), the allowed individuals
   * carrying it with one and two copies, counted as {@link Kind#VARIANTS} counts them: made once
   * for an allow-list and a manifest version, then read by {@link #precounted} queries in place of
   * the genotypes. {@code {genotypes}} is every live genotypes file.
   */
  public static Query wholeStoreCounts(Manifest manifest) {
    Set<Integer> runs = new LinkedHashSet<>();
    manifest.files(Manifest.GENOTYPES).forEach(f -> runs.addAll(f.runs()));
    String genotypes = manifest.disjointIndividuals(runs) ? ROWS : LATEST;
    return new Query(
        ("WITH " + genotypes + COUNTED + "SELECT pos, variant_id, het, hom FROM c ORDER BY pos\n")
            .replace("{gscan}", "TRUE"),
        List.of());
  }

  /**
   * The rows of a {@link #wholeStoreCounts} table ({@code {counts}}) between the first and last
   * position of a region's variants: {@code variant_id, het, hom}. Rows of other contigs at those
   * positions have other ids (the id hashes build and contig), so they match none of the region's
   * variants ({@link Kind#VARIANT_LIST}).
   */
  public static Query precounted(long[] span) {
    if (span == null || span.length != 2 || span[0] > span[1]) {
      throw new IllegalArgumentException("Precounted rows need a span: give [first, last]");
    }
    return new Query(
        "SELECT variant_id, het, hom FROM {counts} WHERE pos BETWEEN $1 AND $2",
        List.of(span[0], span[1]));
  }

  /**
   * One row: the first and last position of the variants overlapping a region (or of the exact
   * variant), both null when none does. Reads {@code {variants}} only, which must be files of the
   * region's build and contig.
   */
  public static Query span(Manifest manifest, Region region, Variant exact) {
    List<Object> values = new ArrayList<>();
    long lookback = manifest.maxRefLength(region.build(), region.contig()) - 1L;
    int start = add(values, Math.max(1, region.from() - lookback));
    int from = add(values, region.from());
    int to = add(values, region.to());
    String exactClause =
        exact == null
            ? ""
            : " AND ref = $%d AND alt = $%d"
                .formatted(add(values, exact.ref()), add(values, exact.alt()));
    // the files handed over are the region's build and contig only
    return new Query(
        ("SELECT min(pos) AS first, max(pos) AS last FROM {variants}"
                + " WHERE pos BETWEEN $%d AND $%d%s AND pos + greatest(length(ref), 1) - 1 >= $%d")
            .formatted(start, to, exactClause, from),
        values);
  }

  private static int add(List<Object> values, Object value) {
    values.add(value);
    return values.size();
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
