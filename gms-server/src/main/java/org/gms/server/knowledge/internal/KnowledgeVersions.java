package org.gms.server.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored knowledge versions: the look-ups the imports and re-analysis share, and the one place
 * a PanelApp import of the directory is recorded as a PANEL version.
 */
@Component
class KnowledgeVersions {

  private final JdbcClient jdbc;
  private final DirectoryImports directory;

  KnowledgeVersions(JdbcClient jdbc, DirectoryImports directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /** Every version, newest first. */
  List<KnowledgeVersion> all() {
    return jdbc.sql("SELECT * FROM knowledge_version ORDER BY id DESC")
        .query(JdbcKnowledgeImports::version)
        .list();
  }

  Optional<KnowledgeVersion> byId(long id) {
    return jdbc.sql("SELECT * FROM knowledge_version WHERE id = :id")
        .param("id", id)
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  Optional<KnowledgeVersion> latest(KnowledgeSource source) {
    return jdbc.sql(
            "SELECT * FROM knowledge_version WHERE source = :source ORDER BY id DESC LIMIT 1")
        .param("source", source.name())
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  /** The version of the source imported from the file with this SHA-256, if there is one. */
  Optional<KnowledgeVersion> bySha(KnowledgeSource source, String sha) {
    return jdbc.sql("SELECT * FROM knowledge_version WHERE source = :source AND sha256 = :sha")
        .param("source", source.name())
        .param("sha", sha)
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  /** The version of the source stored just before the given one. */
  Optional<KnowledgeVersion> before(KnowledgeSource source, long id) {
    return jdbc.sql(
            "SELECT * FROM knowledge_version WHERE source = :source AND id < :id"
                + " ORDER BY id DESC LIMIT 1")
        .param("source", source.name())
        .param("id", id)
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  /** The latest PanelApp import of the directory (bundled at start-up, or imported since). */
  Optional<ImportSummary> latestPanelImport() {
    return directory.imports().stream().filter(i -> i.kind() == ImportKind.PANELS).findFirst();
  }

  /**
   * Records a PanelApp import of the directory as a PANEL knowledge version, once (by the import's
   * checksum), and returns that version.
   */
  KnowledgeVersion recordPanelImport(ImportSummary source) {
    String sha =
        source.sourceSha256() == null || source.sourceSha256().isBlank()
            ? "directory-import-" + source.id()
            : source.sourceSha256();
    jdbc.sql(
            """
            INSERT INTO knowledge_version (source, label, file_name, sha256, summary, imported_by)
            VALUES ('PANEL', :label, :file, :sha, :summary, :by)
            ON CONFLICT (source, sha256) DO NOTHING
            """)
        .param("label", "PanelApp import " + source.id() + " (" + source.label() + ")")
        .param("file", source.source() == null ? "" : source.source())
        .param("sha", sha)
        .param("summary", source.describe())
        .param("by", source.importedBy() == null ? "system" : source.importedBy())
        .update();
    return bySha(KnowledgeSource.PANEL, sha).orElseThrow();
  }
}
