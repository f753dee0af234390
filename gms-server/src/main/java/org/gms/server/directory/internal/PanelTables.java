package org.gms.server.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes panel versions and their genes, and reads what is current. Genes go in with PostgreSQL's
 * COPY: a full PanelApp export is about 60,000 rows, which row-by-row inserts make slow.
 */
@Component
class PanelTables {

  /** A panel's current version. */
  record Current(
      int panelId,
      long versionId,
      String version,
      String name,
      String contentSha256,
      boolean retired) {}

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  PanelTables(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  Map<Integer, Current> current() {
    Map<Integer, Current> current = new HashMap<>();
    jdbc.sql(
            """
            SELECT c.panel_id, c.version_id, v.version, v.name, v.content_sha256,
                   c.retired_by IS NOT NULL AS retired
            FROM panel_current c JOIN panel_version v ON v.id = c.version_id
            """)
        .query(
            rs -> {
              current.put(
                  rs.getInt("panel_id"),
                  new Current(
                      rs.getInt("panel_id"),
                      rs.getLong("version_id"),
                      rs.getString("version"),
                      rs.getString("name"),
                      rs.getString("content_sha256"),
                      rs.getBoolean("retired")));
            });
    return current;
  }

  /** How many panels are current (not retired), and how many entries their versions list. */
  int[] currentCounts() {
    return jdbc.sql(
            """
            SELECT count(DISTINCT c.panel_id) AS panels, count(e.version_id) AS entries
            FROM panel_current c LEFT JOIN panel_entity e ON e.version_id = c.version_id
            WHERE c.retired_by IS NULL
            """)
        .query((rs, n) -> new int[] {rs.getInt("panels"), rs.getInt("entries")})
        .single();
  }

  /** The stored version of a panel with this PanelApp version, and its content checksum. */
  Optional<Current> version(int panelId, String version) {
    return jdbc.sql(
            "SELECT id, version, name, content_sha256 FROM panel_version"
                + " WHERE panel_id = :panel AND version = :version")
        .param("panel", panelId)
        .param("version", version)
        .query(
            (rs, n) ->
                new Current(
                    panelId,
                    rs.getLong("id"),
                    rs.getString("version"),
                    rs.getString("name"),
                    rs.getString("content_sha256"),
                    false))
        .optional();
  }

  long insertVersion(long importId, PanelData panel, String version, String contentSha256) {
    PanelData.Meta m = panel.meta();
    return jdbc.sql(
            """
            INSERT INTO panel_version (panel_id, version, import_id, name, disease_group,
              disease_sub_group, status, hash_id, version_created, relevant_disorders, types,
              entity_source, content_sha256, entity_count)
            VALUES (:panel, :version, :import, :name, :group, :subGroup, :status, :hash,
              :created, :disorders::jsonb, :types::jsonb, :source, :sha, :count)
            RETURNING id
            """)
        .param("panel", m.id())
        .param("version", version)
        .param("import", importId)
        .param("name", m.name())
        .param("group", m.diseaseGroup())
        .param("subGroup", m.diseaseSubGroup())
        .param("status", m.status())
        .param("hash", m.hashId())
        .param("created", m.versionCreated())
        .param("disorders", m.relevantDisorders())
        .param("types", m.types())
        .param("source", panel.entitySource())
        .param("sha", contentSha256)
        .param("count", panel.entities().size())
        .query(Long.class)
        .single();
  }

  void makeCurrent(int panelId, long versionId) {
    jdbc.sql(
            """
            INSERT INTO panel_current (panel_id, version_id) VALUES (:panel, :version)
            ON CONFLICT (panel_id) DO UPDATE SET version_id = :version, retired_by = NULL
            """)
        .param("panel", panelId)
        .param("version", versionId)
        .update();
  }

  void retire(int panelId, long importId) {
    jdbc.sql("UPDATE panel_current SET retired_by = :import WHERE panel_id = :panel")
        .param("import", importId)
        .param("panel", panelId)
        .update();
  }

  /** A gene, STR or region to store, with the HGNC id it resolved to. */
  record EntityRow(long versionId, int ordinal, PanelData.Entity entity, String hgncId) {}

  /** Copies the rows in one COPY statement within the current transaction. */
  void insertEntities(List<EntityRow> rows) {
    StringBuilder data = new StringBuilder(rows.size() * 64);
    for (EntityRow row : rows) {
      PanelData.Entity e = row.entity();
      data.append(row.versionId()).append('\t').append(row.ordinal()).append('\t');
      field(data, e.type()).append('\t');
      field(data, e.name()).append('\t');
      field(data, e.symbol()).append('\t');
      field(data, row.hgncId()).append('\t');
      data.append(e.level()).append('\t');
      field(data, e.modeOfInheritance()).append('\t');
      field(data, e.raw()).append('\n');
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY panel_entity (version_id, ordinal, entity_type, entity_name, gene_symbol,"
                  + " hgnc_id, confidence, mode_of_inheritance, raw) FROM STDIN",
              new StringReader(data.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not store panel genes: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** COPY's text format: backslash escapes, \N for null. */
  private static StringBuilder field(StringBuilder data, String value) {
    if (value == null) {
      return data.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> data.append("\\\\");
        case '\t' -> data.append("\\t");
        case '\n' -> data.append("\\n");
        case '\r' -> data.append("\\r");
        default -> data.append(c);
      }
    }
    return data;
  }

  /** The entities of stored versions, for comparing with an import. */
  Map<Long, List<PanelData.Entity>> entities(Collection<Long> versionIds) {
    Map<Long, List<PanelData.Entity>> entities = new HashMap<>();
    if (versionIds.isEmpty()) {
      return entities;
    }
    jdbc.sql(
            "SELECT version_id, entity_type, entity_name, gene_symbol, hgnc_id, confidence,"
                + " mode_of_inheritance FROM panel_entity WHERE version_id IN (:ids)"
                + " ORDER BY version_id, ordinal")
        .param("ids", versionIds)
        .query(
            rs -> {
              entities
                  .computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                  .add(entity(rs, null));
            });
    return entities;
  }

  /**
   * A panel_entity row's entity (columns entity_type, entity_name, gene_symbol, hgnc_id,
   * confidence, mode_of_inheritance).
   *
   * @param raw the PanelApp API JSON as imported, or null where it is not read
   */
  static PanelData.Entity entity(ResultSet rs, String raw) throws SQLException {
    return new PanelData.Entity(
        rs.getString("entity_type"),
        rs.getString("entity_name"),
        rs.getString("gene_symbol"),
        rs.getString("hgnc_id"),
        rs.getInt("confidence"),
        rs.getString("mode_of_inheritance"),
        raw);
  }
}
