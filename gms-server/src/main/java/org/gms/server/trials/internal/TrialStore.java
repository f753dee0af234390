package org.gms.server.trials.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.genomics.cancer.trial.CtgovReader;
import org.gms.genomics.cancer.trial.CtmlReader;
import org.gms.genomics.cancer.trial.Trial;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trials as stored (table {@code trial}), parsed once into memory: matching reads the map, a
 * write replaces it after its transaction reads the table again.
 */
@Component
class TrialStore {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final AtomicReference<Map<String, StoredTrial>> cache = new AtomicReference<>();

  TrialStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The trials by id, in id order. */
  Map<String, StoredTrial> all() {
    Map<String, StoredTrial> m = cache.get();
    if (m == null) {
      m = load();
      cache.set(m);
    }
    return m;
  }

  Collection<Trial> trials() {
    return all().values().stream().map(StoredTrial::trial).toList();
  }

  Optional<StoredTrial> find(String id) {
    return Optional.ofNullable(all().get(id));
  }

  /** Forgets the parsed trials (after a write; the next read parses the table again). */
  void invalidate() {
    cache.set(null);
  }

  private Map<String, StoredTrial> load() {
    Map<String, StoredTrial> out = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT id, source, file_name, document, curation, sha256, imported_by, imported_at"
                + " FROM trial ORDER BY id")
        .query(
            rs -> {
              String source = rs.getString("source");
              String file = rs.getString("file_name");
              JsonNode doc = JSON.readTree(rs.getString("document"));
              String curation = rs.getString("curation");
              Trial t =
                  source.equals("CTML")
                      ? CtmlReader.trials(file, doc).get(0)
                      : CtgovReader.trial(
                          file, doc, curation == null ? null : JSON.readTree(curation));
              Timestamp at = rs.getTimestamp("imported_at");
              out.put(
                  t.id(),
                  new StoredTrial(
                      t,
                      file,
                      rs.getString("sha256"),
                      rs.getString("imported_by"),
                      at.toInstant()));
            });
    return out;
  }

  /** Whether the trial is stored with this checksum already. */
  boolean unchanged(String id, String sha256) {
    return jdbc.sql("SELECT count(*) FROM trial WHERE id = :id AND sha256 = :sha")
            .param("id", id)
            .param("sha", sha256)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether the trial is stored and open. */
  Optional<Boolean> wasOpen(String id) {
    return jdbc.sql("SELECT open FROM trial WHERE id = :id")
        .param("id", id)
        .query(Boolean.class)
        .optional();
  }

  void save(Trial t, String fileName, String document, String curation, String sha256, String by) {
    jdbc.sql(
            """
            INSERT INTO trial (id, source, title, status, open, file_name, document, curation,
                               sha256, imported_by, opened_at)
            VALUES (:id, :source, :title, :status, :open, :file, :doc, :curation, :sha, :by,
                    CASE WHEN :open THEN clock_timestamp() END)
            ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, title = EXCLUDED.title,
              status = EXCLUDED.status, file_name = EXCLUDED.file_name,
              document = EXCLUDED.document, curation = EXCLUDED.curation,
              sha256 = EXCLUDED.sha256, imported_by = EXCLUDED.imported_by,
              imported_at = clock_timestamp(),
              opened_at = CASE WHEN EXCLUDED.open AND NOT trial.open THEN clock_timestamp()
                               ELSE trial.opened_at END,
              open = EXCLUDED.open
            """)
        .param("id", t.id())
        .param("source", t.source().name())
        .param("title", t.title())
        .param("status", t.status())
        .param("open", t.open())
        .param("file", fileName)
        .param("doc", document)
        .param("curation", curation)
        .param("sha", sha256)
        .param("by", by)
        .update();
    invalidate();
  }

  /** The stored ClinicalTrials.gov document and curation of a trial. */
  Optional<String[]> ctgovDocument(String id) {
    return jdbc.sql("SELECT file_name, document FROM trial WHERE id = :id AND source = 'CTGOV'")
        .param("id", id)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .optional();
  }

  Optional<String> curation(String id) {
    return jdbc.sql("SELECT curation FROM trial WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
