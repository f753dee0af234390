package org.gms.server.directory.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.Indication;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.PanelLink;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.directory.TestTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The test directory read with plain SQL: an indication at a version with its tests, targets,
 * methods and panels. Searching is {@link IndicationSearch}'s.
 */
@Service
@Transactional(readOnly = true)
class DirectoryQueries implements TestDirectory {

  private final JdbcClient jdbc;
  private final ImportRecords records;
  private final IndicationSearch search;

  DirectoryQueries(JdbcClient jdbc, ImportRecords records, IndicationSearch search) {
    this.jdbc = jdbc;
    this.records = records;
    this.search = search;
  }

  @Override
  public Optional<String> currentVersion() {
    return records.latest(ImportKind.DIRECTORY).map(ImportSummary::label);
  }

  @Override
  public List<IndicationMatch> search(String query, int limit) {
    return search.search(query, limit);
  }

  /**
   * Another spelling of the query that the directory or HPO knows, for a search that found none.
   */
  public Optional<String> suggestion(String query) {
    return search.suggestion(query);
  }

  @Override
  public Optional<Indication> indication(String code, Optional<String> version) {
    ImportSummary release =
        version.isPresent()
            ? records
                .directoryVersion(version.get())
                .orElseThrow(
                    () ->
                        new GmsException(
                            GmsException.Kind.NOT_FOUND,
                            "There is no directory version "
                                + version.get()
                                + ": GET /api/directory/versions lists them."))
            : records
                .latest(
                    code.strip().toUpperCase(Locale.ROOT).startsWith("M")
                        ? ImportKind.CANCER
                        : ImportKind.DIRECTORY)
                .orElse(null);
    if (release == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return jdbc.sql(
            "SELECT code, name, specialist_test_group, eligibility FROM indication"
                + " WHERE import_id = :r AND code = :code")
        .param("r", release.id())
        .param("code", wanted)
        .query(
            (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
        .optional()
        .map(row -> indication(release, row));
  }

  private Indication indication(ImportSummary release, String[] row) {
    String code = row[0];
    Map<String, List<TestTarget>> targets =
        DirectoryTables.grouped(
            "test_code",
            jdbc.sql(
                    """
                    SELECT tt.test_code, tt.kind, tt.text, tt.panel_id, tt.gene_symbol, tt.hgnc_id
                    FROM test_target tt JOIN genomic_test t
                      ON t.import_id = tt.import_id AND t.code = tt.test_code
                    WHERE tt.import_id = :r AND t.indication_code = :code
                    ORDER BY tt.test_code, tt.ordinal
                    """)
                .param("r", release.id())
                .param("code", code),
            DirectoryTables::target);
    Map<String, List<TestMethodCategory>> methods =
        DirectoryTables.grouped(
            "test_code",
            jdbc.sql(
                    """
                    SELECT m.test_code, m.method FROM test_method m
                      JOIN genomic_test t ON t.import_id = m.import_id AND t.code = m.test_code
                    WHERE m.import_id = :r AND t.indication_code = :code
                    ORDER BY m.test_code, m.ordinal
                    """)
                .param("r", release.id())
                .param("code", code),
            rs -> TestMethodCategory.valueOf(rs.getString("method")));
    List<GenomicTest> tests =
        jdbc.sql(
                "SELECT * FROM genomic_test WHERE import_id = :r AND indication_code = :code"
                    + " ORDER BY row_number")
            .param("r", release.id())
            .param("code", code)
            .query(
                (rs, n) ->
                    new GenomicTest(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("target"),
                        targets.getOrDefault(rs.getString("code"), List.of()),
                        rs.getString("test_method"),
                        TestMethodCategory.valueOf(rs.getString("method_category")),
                        rs.getString("commissioning_category"),
                        rs.getString("change_note"),
                        methods.getOrDefault(rs.getString("code"), List.of())))
            .list();
    List<String> categories =
        tests.stream().map(GenomicTest::commissioningCategory).distinct().toList();
    String eligibility = row[3];
    Indication.WhoMayOrder whoMayOrder = RequesterRule.of(categories, row[2]);
    return new Indication(
        code,
        row[1],
        release.label(),
        row[2],
        categories,
        eligibility,
        whoMayOrder,
        tests,
        panelLinks(tests));
  }

  private List<PanelLink> panelLinks(List<GenomicTest> tests) {
    Map<Integer, String> named = new LinkedHashMap<>();
    tests.stream()
        .flatMap(t -> t.targets().stream())
        .filter(t -> t.kind() == TestTarget.Kind.PANEL)
        .forEach(t -> named.putIfAbsent(t.panelId(), t.text()));
    if (named.isEmpty()) {
      return List.of();
    }
    Map<Integer, PanelLink> found = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT c.panel_id, v.name, v.version,
                   count(DISTINCT e.gene_symbol) FILTER (WHERE e.entity_type = 'gene') AS genes,
                   count(DISTINCT e.gene_symbol)
                     FILTER (WHERE e.entity_type = 'gene' AND e.confidence >= 3) AS green
            FROM panel_current c
              JOIN panel_version v ON v.id = c.version_id
              LEFT JOIN panel_entity e ON e.version_id = v.id
            WHERE c.panel_id IN (:ids) AND c.retired_by IS NULL
            GROUP BY c.panel_id, v.name, v.version
            """)
        .param("ids", named.keySet())
        .query(
            rs -> {
              int id = rs.getInt("panel_id");
              found.put(
                  id,
                  new PanelLink(
                      id,
                      named.get(id),
                      true,
                      rs.getString("name"),
                      rs.getString("version"),
                      rs.getInt("green"),
                      rs.getInt("genes")));
            });
    return named.entrySet().stream()
        .map(
            e ->
                found.getOrDefault(
                    e.getKey(), new PanelLink(e.getKey(), e.getValue(), false, null, null, 0, 0)))
        .toList();
  }

  /** R-codes in numeric order (R2 before R10). */
  static List<String> sortCodes(List<String> codes) {
    return codes.stream().sorted(CODE_ORDER).toList();
  }

  static final Comparator<String> CODE_ORDER =
      Comparator.comparing((String code) -> code.replaceAll("\\d", ""))
          .thenComparingInt(code -> Integer.parseInt("0" + code.replaceAll("\\D", "")));
}
