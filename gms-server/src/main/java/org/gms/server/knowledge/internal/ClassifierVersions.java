package org.gms.server.knowledge.internal;

import java.util.Optional;
import org.gms.server.Sha256;
import org.gms.server.audit.AuditLog;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The classifier is knowledge too: the guideline version that combines evidence into classes comes
 * with the platform's code, so each start records it as a CLASSIFIER version when it is not the
 * latest one. A new one (not the first) starts a re-analysis of the reported variants' evidence
 * under it.
 */
@Component
class ClassifierVersions {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Reanalyser reanalyser;
  private final KnowledgeVersions versions;

  ClassifierVersions(
      JdbcClient jdbc, AuditLog audit, Reanalyser reanalyser, KnowledgeVersions versions) {
    this.versions = versions;
    this.jdbc = jdbc;
    this.audit = audit;
    this.reanalyser = reanalyser;
  }

  @EventListener(ApplicationReadyEvent.class)
  void recordTheClassifierInUse(ApplicationReadyEvent ready) {
    // a command-line run stops when its work is done: it would cut a background job short
    boolean serving = ready.getApplicationContext() instanceof WebServerApplicationContext;
    record(ClassifierEvidence.inUse().guideline(), serving);
  }

  /**
   * Records the classifier as the latest version if it is not; returns whether it was new.
   *
   * @param reanalyse whether to start the re-analysis of the reported variants' evidence when an
   *     earlier classifier was recorded (a command-line run leaves it to {@code ./gms knowledge
   *     reanalyse})
   */
  boolean record(String guideline, boolean reanalyse) {
    Optional<KnowledgeVersion> latest = versions.latest(KnowledgeSource.CLASSIFIER);
    if (latest.isPresent() && latest.get().label().equals(guideline)) {
      return false;
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO knowledge_version (source, label, file_name, sha256, summary,
                  imported_by)
                VALUES ('CLASSIFIER', :label, 'gms-genomics', :sha, :summary, 'system')
                ON CONFLICT (source, sha256) DO UPDATE SET summary = knowledge_version.summary
                RETURNING id
                """)
            .param("label", guideline)
            // the previous version is part of the checksum: going back to an earlier classifier
            // is a new version, not the old one again
            .param(
                "sha", Sha256.ofText(guideline + "#" + latest.map(KnowledgeVersion::id).orElse(0L)))
            .param(
                "summary",
                latest
                    .map(v -> "classifier in use from this start; before: " + v.label())
                    .orElse("classifier in use (first recorded)"))
            .query(Long.class)
            .single();
    audit.record("create", "knowledge_version", Long.toString(id), "classifier " + guideline);
    if (latest.isPresent() && reanalyse) {
      reanalyser.start(
          "classifier " + latest.get().label() + " -> " + guideline,
          Reanalyser.Scope.classifierOnly());
    }
    return true;
  }
}
