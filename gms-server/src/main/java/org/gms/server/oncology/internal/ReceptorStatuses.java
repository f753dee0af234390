package org.gms.server.oncology.internal;

import java.time.Instant;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.oncology.TumourReceptors;
import org.gms.server.oncology.TumourReceptorsRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receptor statuses (ER, PR, HER2) of a cancer case, recorded by the clinician from the
 * pathology report: {@code GET} and {@code POST /api/oncology/cases/{id}/receptors}. Every
 * recording is kept; the latest stands, and the tumour board's trial matching and the report's
 * {@code CancerCaseReported} carry it; {@link TumourReceptorsRecorded} tells a reported case's
 * trial matching.
 */
@RestController
class ReceptorStatuses {

  /** The statuses as recorded, with who recorded them and when (null when never). */
  record Recorded(
      long caseId, String er, String pr, String her2, String recordedBy, Instant recordedAt) {}

  record Form(String er, String pr, String her2) {}

  private final JdbcClient jdbc;
  private final CaseStore cases;
  private final Accounts accounts;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  ReceptorStatuses(
      JdbcClient jdbc,
      CaseStore cases,
      Accounts accounts,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.cases = cases;
    this.accounts = accounts;
    this.audit = audit;
  }

  @GetMapping("/api/oncology/cases/{id}/receptors")
  Recorded read(@PathVariable long id) {
    cases.visibleOrThrow(id);
    return recorded(id);
  }

  @PostMapping(
      value = "/api/oncology/cases/{id}/receptors",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  Recorded record(@PathVariable long id, @RequestBody Form form) {
    cases.visibleOrThrow(id);
    TumourReceptors r =
        form == null
            ? TumourReceptors.NONE
            : new TumourReceptors(form.er(), form.pr(), form.her2());
    jdbc.sql(
            """
            INSERT INTO cancer_receptor_status (case_id, er_status, pr_status, her2_status,
                                                recorded_by)
            VALUES (:c, :er, :pr, :her2, :by)
            """)
        .param("c", id)
        .param("er", r.er().isEmpty() ? null : r.er())
        .param("pr", r.pr().isEmpty() ? null : r.pr())
        .param("her2", r.her2().isEmpty() ? null : r.her2())
        .param("by", accounts.actor().name())
        .update();
    audit.record(
        "record-receptors",
        "cancer-case",
        Long.toString(id),
        "ER " + shown(r.er()) + ", PR " + shown(r.pr()) + ", HER2 " + shown(r.her2()));
    Recorded recorded = recorded(id);
    events.publishEvent(new TumourReceptorsRecorded(id, r, recorded.recordedAt()));
    return recorded;
  }

  private static String shown(String status) {
    return status.isEmpty() ? "not known" : status;
  }

  private Recorded recorded(long id) {
    return jdbc.sql(
            """
            SELECT er_status, pr_status, her2_status, recorded_by, recorded_at
            FROM cancer_receptor_status WHERE case_id = :c ORDER BY id DESC LIMIT 1
            """)
        .param("c", id)
        .query(
            (rs, n) ->
                new Recorded(
                    id,
                    nz(rs.getString(1)),
                    nz(rs.getString(2)),
                    nz(rs.getString(3)),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .optional()
        .orElse(new Recorded(id, "", "", "", null, null));
  }

  /** The latest statuses of a case (none when never recorded). */
  static TumourReceptors latest(JdbcClient jdbc, long caseId) {
    return jdbc.sql(
            """
            SELECT er_status, pr_status, her2_status FROM cancer_receptor_status
            WHERE case_id = :c ORDER BY id DESC LIMIT 1
            """)
        .param("c", caseId)
        .query((rs, n) -> new TumourReceptors(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional()
        .orElse(TumourReceptors.NONE);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
