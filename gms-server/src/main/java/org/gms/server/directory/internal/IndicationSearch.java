package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.TestMethodCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds indications for what a user typed: a code, words of a name, a gene (named as a target or in
 * a panel), clinical words (HPO terms, diseases) and test methods, ranked by the way they matched,
 * each with its reasons. A release has about 400 indications and 600 tests, so the name and method
 * filters scan them; genes go through the panel gene index.
 */
@Component
@Transactional(readOnly = true)
class IndicationSearch {

  private static final Pattern CODE = Pattern.compile("[A-Z]\\d+(\\.\\d+)?");
  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

  /** Ranks of the ways a query can match; lower is better. */
  private static final int EXACT_CODE = 0;

  private static final int CODE_PREFIX = 1;
  private static final int NAME_PHRASE = 2;
  private static final int NAME_WORDS = 3;
  private static final int GENE_TARGET = 4;
  private static final int GENE_IN_PANEL = 5;
  private static final int METHOD = 8;

  /** Clinical words (HPO terms, diseases): after names and genes, before test methods. */
  private static final int CLINICAL_WORDS = 6;

  /** Pseudo-count added to a panel's size: one matching gene of a one-gene test ranks low. */
  private static final int SIZE_PRIOR = 20;

  private final JdbcClient jdbc;
  private final ImportRecords records;
  private final GeneReferenceHolder genes;
  private final ClinicalWords words;
  private final IndicationGenes indicationGenes;

  IndicationSearch(
      JdbcClient jdbc,
      ImportRecords records,
      GeneReferenceHolder genes,
      ClinicalWords words,
      IndicationGenes indicationGenes) {
    this.jdbc = jdbc;
    this.records = records;
    this.genes = genes;
    this.words = words;
    this.indicationGenes = indicationGenes;
  }

  /**
   * The current releases searched together: the rare-disease release (R-codes) and the cancer
   * directory (M-codes); their codes do not overlap.
   */
  private List<Long> currentReleases() {
    List<Long> ids = new ArrayList<>();
    records.latest(ImportKind.DIRECTORY).ifPresent(r -> ids.add(r.id()));
    records.latest(ImportKind.CANCER).ifPresent(r -> ids.add(r.id()));
    return ids;
  }

  List<IndicationMatch> search(String query, int limit) {
    Optional<ImportSummary> current = records.latest(ImportKind.DIRECTORY);
    List<Long> release = currentReleases();
    if (release.isEmpty()) {
      return List.of();
    }
    String q = query == null ? "" : query.strip().replaceAll("\\s+", " ");
    if (q.isEmpty()) {
      return describe(release, allCodes(release), Map.of(), limit);
    }
    Hits hits = new Hits();
    String upper = q.toUpperCase(Locale.ROOT);
    if (CODE.matcher(upper).matches()) {
      codes(release, upper, hits);
    }
    names(release, q, hits);
    if (SYMBOL.matcher(q).matches()) {
      geneHits(release, q, hits);
    }
    if (!CODE.matcher(upper).matches() && current.isPresent()) {
      clinical(current.get().id(), q, hits);
    }
    methods(release, q, hits);
    return describe(release, hits.ranked(), hits.reasons, limit);
  }

  /**
   * Indications whose green genes the clinical words point to, ranked by the share of their green
   * genes that match (with {@value #SIZE_PRIOR} added to the panel size, so that a broad panel that
   * holds most of the genes ranks above a one-gene test).
   */
  private void clinical(long release, String q, Hits hits) {
    ClinicalWords.Meaning meaning = words.meaning(q);
    if (meaning.isEmpty()) {
      return;
    }
    List<String> why = new ArrayList<>(meaning.terms());
    why.addAll(meaning.diseases());
    for (Map.Entry<String, Set<String>> indication : indicationGenes.green(release).entrySet()) {
      Set<String> green = indication.getValue();
      long matched = green.stream().filter(meaning.genes()::contains).count();
      if (matched == 0) {
        continue;
      }
      double share = (double) matched / (green.size() + SIZE_PRIOR);
      hits.add(
          indication.getKey(),
          CLINICAL_WORDS + (1 - share),
          String.format(
              Locale.ROOT,
              "%d of %d green genes are genes of %s",
              matched,
              green.size(),
              String.join("; ", why)));
    }
  }

  /**
   * Another spelling of the query that the directory or HPO knows, for a search that found none.
   */
  Optional<String> suggestion(String query) {
    Optional<ImportSummary> current = records.latest(ImportKind.DIRECTORY);
    if (current.isEmpty() || query == null || query.isBlank()) {
      return Optional.empty();
    }
    Set<String> names = new java.util.HashSet<>();
    jdbc.sql("SELECT name FROM indication WHERE import_id = :r")
        .param("r", current.get().id())
        .query(String.class)
        .list()
        .forEach(name -> names.addAll(ClinicalWords.words(name)));
    names.removeIf(w -> w.length() < 4);
    return words.respelling(query, names);
  }

  private List<String> allCodes(List<Long> release) {
    return DirectoryQueries.sortCodes(
        jdbc.sql("SELECT code FROM indication WHERE import_id IN (:r)")
            .param("r", release)
            .query(String.class)
            .list());
  }

  private void codes(List<Long> release, String code, Hits hits) {
    jdbc.sql(
            """
            SELECT DISTINCT indication_code AS code,
                   (indication_code = :code OR code = :code) AS exact
            FROM genomic_test
            WHERE import_id IN (:r)
              AND (indication_code = :code OR code = :code OR indication_code LIKE :prefix)
            """)
        .param("r", release)
        .param("code", code)
        .param("prefix", code + "%")
        .query(
            rs -> {
              boolean exact = rs.getBoolean("exact");
              hits.add(
                  rs.getString("code"),
                  exact ? EXACT_CODE : CODE_PREFIX,
                  exact ? "code" : "code prefix");
            });
  }

  private void names(List<Long> release, String q, Hits hits) {
    List<String> words = Arrays.stream(q.split(" ")).map(IndicationSearch::like).toList();
    StringBuilder sql =
        new StringBuilder(
            "SELECT DISTINCT i.code, (i.name ILIKE :phrase"
                + " OR (t.name ILIKE :phrase AND i.code NOT LIKE 'M%')) AS phrase"
                + " FROM indication i JOIN genomic_test t"
                + " ON t.import_id = i.import_id AND t.indication_code = i.code"
                + " WHERE i.import_id IN (:r)");
    for (int w = 0; w < words.size(); w++) {
      // A cancer test's name lists its genes and methods: those are matched as targets and
      // methods, not as words of the name.
      sql.append(" AND (i.name ILIKE :w").append(w);
      sql.append(" OR (t.name ILIKE :w").append(w).append(" AND i.code NOT LIKE 'M%'))");
    }
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql.toString()).param("r", release).param("phrase", like(q));
    for (int w = 0; w < words.size(); w++) {
      statement = statement.param("w" + w, words.get(w));
    }
    statement.query(
        rs -> {
          boolean phrase = rs.getBoolean("phrase");
          hits.add(rs.getString("code"), phrase ? NAME_PHRASE : NAME_WORDS, "name");
        });
  }

  private void geneHits(List<Long> release, String q, Hits hits) {
    Set<String> symbols = genes.matchingSymbols(q);
    jdbc.sql(
            """
            SELECT DISTINCT t.indication_code AS code, tt.gene_symbol
            FROM test_target tt JOIN genomic_test t
              ON t.import_id = tt.import_id AND t.code = tt.test_code
            WHERE tt.import_id IN (:r) AND upper(tt.gene_symbol) IN (:symbols)
            """)
        .param("r", release)
        .param("symbols", symbols)
        .query(
            rs -> {
              hits.add(
                  rs.getString("code"),
                  GENE_TARGET,
                  "gene " + rs.getString("gene_symbol") + " named as a target");
            });
    jdbc.sql(
            """
            SELECT t.indication_code AS code, tt.panel_id, v.name, max(e.gene_symbol) AS symbol,
                   max(e.confidence) AS level, v.entity_count AS size, i.name AS indication_name
            FROM test_target tt
              JOIN genomic_test t ON t.import_id = tt.import_id AND t.code = tt.test_code
              JOIN indication i ON i.import_id = t.import_id AND i.code = t.indication_code
              JOIN panel_current c ON c.panel_id = tt.panel_id AND c.retired_by IS NULL
              JOIN panel_version v ON v.id = c.version_id
              JOIN panel_entity e ON e.version_id = c.version_id
            WHERE tt.import_id IN (:r) AND tt.kind = 'panel' AND upper(e.gene_symbol) IN (:symbols)
            GROUP BY t.indication_code, tt.panel_id, v.name, v.entity_count, i.name
            """)
        .param("r", release)
        .param("symbols", symbols)
        .query(
            rs -> {
              int level = rs.getInt("level");
              org.gms.server.directory.Confidence confidence =
                  org.gms.server.directory.Confidence.ofLevel(level);
              // Within a rating, an indication or panel named for one of the gene's diseases
              // first, then a smaller panel: the more specific match.
              String symbol = rs.getString("symbol");
              boolean diseaseNamed =
                  words.namesTheGenesDisease(
                      symbol, rs.getString("indication_name") + " " + rs.getString("name"));
              hits.add(
                  rs.getString("code"),
                  GENE_IN_PANEL
                      + confidence.ordinal()
                      + (diseaseNamed ? 0 : 0.5)
                      + rs.getInt("size") / 1e6,
                  "gene "
                      + rs.getString("symbol")
                      + " in panel "
                      + rs.getString("name")
                      + " ("
                      + rs.getInt("panel_id")
                      + "), "
                      + confidence.label());
            });
  }

  private void methods(List<Long> release, String q, Hits hits) {
    List<String> categories = new ArrayList<>();
    String lower = q.toLowerCase(Locale.ROOT);
    for (TestMethodCategory category : TestMethodCategory.values()) {
      if (category.label().toLowerCase(Locale.ROOT).contains(lower)
          || category.name().equalsIgnoreCase(q)) {
        categories.add(category.name());
      }
    }
    categories.add("-");
    jdbc.sql(
            """
            SELECT DISTINCT indication_code AS code FROM genomic_test
            WHERE import_id IN (:r) AND (test_method ILIKE :q OR method_category IN (:categories))
            """)
        .param("r", release)
        .param("q", like(q))
        .param("categories", categories)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> hits.add(rs.getString("code"), METHOD, "test method"));
  }

  /** A LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally. */
  private static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private List<IndicationMatch> describe(
      List<Long> release, List<String> codes, Map<String, Set<String>> reasons, int limit) {
    List<String> chosen = codes.subList(0, Math.min(codes.size(), Math.max(0, limit)));
    if (chosen.isEmpty()) {
      return List.of();
    }
    Map<String, IndicationMatch> byCode = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT i.code, i.name, i.specialist_test_group,
                   array_agg(DISTINCT t.test_method ORDER BY t.test_method) AS methods
            FROM indication i JOIN genomic_test t
              ON t.import_id = i.import_id AND t.indication_code = i.code
            WHERE i.import_id IN (:r) AND i.code IN (:codes)
            GROUP BY i.code, i.name, i.specialist_test_group
            """)
        .param("r", release)
        .param("codes", chosen)
        .query(
            rs -> {
              String code = rs.getString("code");
              byCode.put(
                  code,
                  new IndicationMatch(
                      code,
                      rs.getString("name"),
                      rs.getString("specialist_test_group"),
                      Arrays.asList((String[]) rs.getArray("methods").getArray()),
                      List.copyOf(reasons.getOrDefault(code, Set.of()))));
            });
    return chosen.stream().map(byCode::get).toList();
  }

  /** Hits by indication, each with its best rank and every reason. */
  private static final class Hits {
    final Map<String, Double> rank = new LinkedHashMap<>();
    final Map<String, Set<String>> reasons = new LinkedHashMap<>();

    void add(String code, double rankOfThisMatch, String reason) {
      rank.merge(code, rankOfThisMatch, Math::min);
      reasons.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(reason);
    }

    List<String> ranked() {
      return rank.keySet().stream()
          .sorted(
              Comparator.comparing((String code) -> rank.get(code))
                  .thenComparing(DirectoryQueries.CODE_ORDER))
          .toList();
    }
  }
}
