package org.gms.server.analysis.internal;

import java.security.Principal;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.audit.AuditLog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scientist's review draft of a run, kept on the server: {@code PUT
 * /api/analyses/{runId}/review-draft} with any JSON object (the page stores ticks, final classes,
 * comments and the draft conclusion), {@code GET} to read it back (204 when there is none). Only
 * for runs the user may see; each user has their own draft.
 */
@RestController
class ReviewDraftController {

  private static final int MAX_CHARS = 200_000;

  private final JdbcClient jdbc;
  private final AnalysisRuns runs;
  private final AuditLog audit;

  ReviewDraftController(JdbcClient jdbc, AnalysisRuns runs, AuditLog audit) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.audit = audit;
  }

  @GetMapping(value = "/api/analyses/{runId}/review-draft", produces = "application/json")
  ResponseEntity<String> read(@PathVariable long runId, Principal user) {
    visible(runId);
    return jdbc.sql("SELECT draft::text FROM review_draft WHERE run_id = :run AND username = :user")
        .param("run", runId)
        .param("user", user.getName())
        .query(String.class)
        .optional()
        .map(draft -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(draft))
        .orElse(ResponseEntity.noContent().build());
  }

  @PutMapping(
      value = "/api/analyses/{runId}/review-draft",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> save(@PathVariable long runId, @RequestBody String draft, Principal user) {
    visible(runId);
    boolean object;
    try {
      object = draft.length() <= MAX_CHARS && JdbcAnalysisRuns.JSON.readTree(draft).isObject();
    } catch (RuntimeException e) {
      object = false;
    }
    if (!object) {
      throw new GmsException(
          "A review draft is one JSON object of at most " + MAX_CHARS + " characters.");
    }
    jdbc.sql(
            """
            INSERT INTO review_draft (run_id, username, draft) VALUES (:run, :user, CAST(:draft AS jsonb))
            ON CONFLICT (run_id, username)
            DO UPDATE SET draft = EXCLUDED.draft, saved_at = clock_timestamp()
            """)
        .param("run", runId)
        .param("user", user.getName())
        .param("draft", draft)
        .update();
    audit.record("update", "review_draft", Long.toString(runId), "");
    return ResponseEntity.noContent().build();
  }

  private void visible(long runId) {
    runs.get(runId);
  }
}
