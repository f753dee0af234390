package org.gms.server.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code directory_import} table: one row per import with its summary and changes. */
@Component
class ImportRecords {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Serialises imports of the directory and panels, across servers sharing the database. */
  private static final long IMPORT_LOCK = 0x6469726563_74L;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ImportRecords(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Waits for any other import to finish (the lock is released when the transaction ends), then
   * finds an import of the same files: asked again under the lock, as the import waited for may
   * have stored them.
   */
  Optional<ImportSummary> lockAndFindBySha(ImportKind kind, String sha256) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", IMPORT_LOCK).query().singleRow();
    return findBySha(kind, sha256);
  }

  long start(ImportKind kind, String label, String source, String sha256, String importedBy) {
    return jdbc.sql(
            """
            INSERT INTO directory_import
              (kind, label, source, source_sha256, imported_by, summary, changes)
            VALUES (:kind, :label, :source, :sha, :by, '{}'::jsonb, '{}'::jsonb)
            RETURNING id
            """)
        .param("kind", kind.name().toLowerCase(Locale.ROOT))
        .param("label", label)
        .param("source", source)
        .param("sha", sha256)
        .param("by", importedBy)
        .query(Long.class)
        .single();
  }

  /**
   * Refreshes the planner's statistics of the directory tables: an import changes their size many
   * times over, and stale statistics make the search queries pick slow plans.
   */
  private void analyse() {
    jdbc.sql(
            "ANALYZE directory_import, indication, genomic_test, test_target, panel_version,"
                + " panel_current, panel_entity")
        .update();
  }

  /**
   * Stores the counts and changes (the summary's identity fields are taken from the row), refreshes
   * the tables' statistics, audits the import and reports its summary to the progress.
   */
  ImportSummary finish(
      long id,
      Counts counts,
      List<String> warnings,
      ImportChanges changes,
      Consumer<String> progress) {
    ObjectNode summary = JSON.createObjectNode();
    summary.put("indications", counts.indications());
    summary.put("tests", counts.tests());
    summary.put("panels", counts.panels());
    summary.put("genes", counts.genes());
    summary.put("newPanelVersions", counts.newPanelVersions());
    summary.put("added", changes.added().size());
    summary.put("removed", changes.removed().size());
    summary.put("changed", changes.changed().size());
    summary.put("tookMillis", counts.tookMillis());
    summary.set("warnings", JSON.valueToTree(warnings));
    jdbc.sql(
            "UPDATE directory_import SET summary = :summary::jsonb, changes = :changes::jsonb"
                + " WHERE id = :id")
        .param("summary", summary.toString())
        .param("changes", JSON.writeValueAsString(changes))
        .param("id", id)
        .update();
    ImportSummary stored = find(id).orElseThrow();
    analyse();
    audit.record(
        "import",
        stored.kind() == ImportKind.PANELS ? "panels" : "directory",
        stored.label(),
        stored.describe());
    progress.accept(stored.describe());
    return stored;
  }

  /** The counts of an import. */
  record Counts(
      int indications, int tests, int panels, int genes, int newPanelVersions, long tookMillis) {}

  Optional<ImportSummary> find(long id) {
    return jdbc.sql("SELECT * FROM directory_import WHERE id = :id")
        .param("id", id)
        .query(ImportRecords::summary)
        .optional();
  }

  Optional<ImportSummary> findBySha(ImportKind kind, String sha256) {
    return jdbc.sql(
            "SELECT * FROM directory_import WHERE kind = :kind AND source_sha256 = :sha"
                + " ORDER BY id DESC LIMIT 1")
        .param("kind", kind.name().toLowerCase(Locale.ROOT))
        .param("sha", sha256)
        .query(ImportRecords::summary)
        .optional();
  }

  Optional<ImportSummary> directoryVersion(String label) {
    return jdbc.sql(
            "SELECT * FROM directory_import WHERE kind IN ('directory', 'cancer') AND label = :label")
        .param("label", label)
        .query(ImportRecords::summary)
        .optional();
  }

  /** The newest import of a kind, the current one. */
  Optional<ImportSummary> latest(ImportKind kind) {
    return jdbc.sql("SELECT * FROM directory_import WHERE kind = :kind ORDER BY id DESC LIMIT 1")
        .param("kind", kind.name().toLowerCase(Locale.ROOT))
        .query(ImportRecords::summary)
        .optional();
  }

  List<ImportSummary> all() {
    return jdbc.sql("SELECT * FROM directory_import ORDER BY id DESC")
        .query(ImportRecords::summary)
        .list();
  }

  Optional<ImportChanges> changes(long id) {
    return jdbc.sql("SELECT changes::text FROM directory_import WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .filter(json -> !json.equals("{}"))
        .map(json -> JSON.readValue(json, ImportChanges.class));
  }

  private static ImportSummary summary(ResultSet rs, int row) throws SQLException {
    JsonNode s = JSON.readTree(rs.getString("summary"));
    List<String> warnings = new ArrayList<>();
    s.path("warnings").forEach(w -> warnings.add(w.asString()));
    return new ImportSummary(
        rs.getLong("id"),
        ImportKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
        rs.getString("label"),
        rs.getString("source"),
        rs.getString("source_sha256"),
        rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
        rs.getString("imported_by"),
        s.path("indications").asInt(0),
        s.path("tests").asInt(0),
        s.path("panels").asInt(0),
        s.path("genes").asInt(0),
        s.path("newPanelVersions").asInt(0),
        s.path("added").asInt(0),
        s.path("removed").asInt(0),
        s.path("changed").asInt(0),
        warnings,
        s.path("tookMillis").asLong(0),
        false);
  }
}
