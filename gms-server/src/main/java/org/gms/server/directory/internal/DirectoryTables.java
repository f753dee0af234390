package org.gms.server.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.directory.TestTarget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a directory release to the indication, test and target tables, and reads it back. */
@Component
class DirectoryTables {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  DirectoryTables(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void write(long importId, DirectoryRelease release) {
    List<Object[]> indications = new ArrayList<>();
    List<Object[]> tests = new ArrayList<>();
    List<Object[]> targets = new ArrayList<>();
    for (DirectoryRelease.IndicationEntry indication : release.indications()) {
      indications.add(
          new Object[] {
            importId,
            indication.code(),
            indication.name(),
            indication.group(),
            indication.eligibility(),
            indication.firstRow()
          });
      for (DirectoryRelease.TestEntry test : indication.tests()) {
        tests.add(
            new Object[] {
              importId,
              test.code(),
              indication.code(),
              test.name(),
              test.target(),
              test.method(),
              TestMethodCategory.classify(test.method()).name(),
              test.commissioning(),
              test.changeNote(),
              test.row()
            });
        int ordinal = 0;
        for (TestTarget target : test.targets()) {
          targets.add(
              new Object[] {
                importId,
                test.code(),
                ordinal++,
                target.kind().name().toLowerCase(Locale.ROOT),
                target.text(),
                target.panelId(),
                target.geneSymbol(),
                target.hgncId()
              });
        }
      }
    }
    batch.batchUpdate(
        "INSERT INTO indication (import_id, code, name, specialist_test_group, eligibility,"
            + " first_row) VALUES (?, ?, ?, ?, ?, ?)",
        indications);
    batch.batchUpdate(
        "INSERT INTO genomic_test (import_id, code, indication_code, name, target, test_method,"
            + " method_category, commissioning_category, change_note, row_number)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        tests);
    batch.batchUpdate(
        "INSERT INTO test_target (import_id, test_code, ordinal, kind, text, panel_id,"
            + " gene_symbol, hgnc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        targets);
  }

  /** A value read from a result row. */
  @FunctionalInterface
  interface RowValue<T> {
    T of(ResultSet rs) throws SQLException;
  }

  /** The query's rows as values grouped by a column, groups and values in the order read. */
  static <T> Map<String, List<T>> grouped(
      String column, JdbcClient.StatementSpec query, RowValue<T> value) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    query.query(
        (ResultSet rs) -> {
          groups.computeIfAbsent(rs.getString(column), k -> new ArrayList<>()).add(value.of(rs));
        });
    return groups;
  }

  /** A stored release, in published order. */
  DirectoryRelease read(long importId) {
    Map<String, List<TestTarget>> targets =
        grouped(
            "test_code",
            jdbc.sql(
                    "SELECT test_code, kind, text, panel_id, gene_symbol, hgnc_id FROM test_target"
                        + " WHERE import_id = :id ORDER BY test_code, ordinal")
                .param("id", importId),
            DirectoryTables::target);
    Map<String, List<DirectoryRelease.TestEntry>> tests =
        grouped(
            "indication_code",
            jdbc.sql("SELECT * FROM genomic_test WHERE import_id = :id ORDER BY row_number")
                .param("id", importId),
            rs ->
                new DirectoryRelease.TestEntry(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("target"),
                    targets.getOrDefault(rs.getString("code"), List.of()),
                    rs.getString("test_method"),
                    rs.getString("commissioning_category"),
                    rs.getString("change_note"),
                    rs.getInt("row_number")));
    return new DirectoryRelease(
        jdbc.sql("SELECT * FROM indication WHERE import_id = :id ORDER BY first_row")
            .param("id", importId)
            .query(
                (rs, n) ->
                    new DirectoryRelease.IndicationEntry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("specialist_test_group"),
                        rs.getString("eligibility"),
                        rs.getInt("first_row"),
                        tests.getOrDefault(rs.getString("code"), List.of())))
            .list());
  }

  /** A test_target row's target (columns kind, text, panel_id, gene_symbol, hgnc_id). */
  static TestTarget target(ResultSet rs) throws SQLException {
    return new TestTarget(
        TestTarget.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
        rs.getString("text"),
        (Integer) rs.getObject("panel_id"),
        rs.getString("gene_symbol"),
        rs.getString("hgnc_id"));
  }
}
