package org.gms.server.oncology.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a targeted therapy was started for an actionable finding of a reported case, as the
 * clinician records it: the finding must be one the report reported.
 */
@Service
@Transactional
class TargetedTherapies {

  /** A therapy started. */
  record Started(
      long id,
      long caseId,
      String findingKey,
      String therapy,
      LocalDate startedOn,
      String recordedBy,
      Instant recordedAt) {}

  private final JdbcClient jdbc;
  private final CaseStore cases;
  private final Board board;
  private final Accounts accounts;
  private final AuditLog audit;

  TargetedTherapies(
      JdbcClient jdbc, CaseStore cases, Board board, Accounts accounts, AuditLog audit) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.board = board;
    this.accounts = accounts;
    this.audit = audit;
  }

  Started record(long caseId, String findingKey, String therapy, LocalDate startedOn) {
    cases.visibleOrThrow(caseId);
    if (board.latestReport(caseId).isEmpty()) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Case " + caseId + " has no authorised report: record a therapy for a reported finding.");
    }
    Board.View view = board.view(caseId);
    boolean reported =
        view.findings().stream()
            .anyMatch(f -> f.finding().key().equals(findingKey) && "REPORTED".equals(f.decision()));
    if (!reported) {
      throw new GmsException(
          "Finding '" + findingKey + "' is not a reported finding of case " + caseId + ".");
    }
    if (therapy == null || therapy.isBlank() || therapy.length() > 200) {
      throw new GmsException("Name the therapy started (1 to 200 characters), e.g. entrectinib.");
    }
    LocalDate on = startedOn == null ? LocalDate.now() : startedOn;
    if (on.isAfter(LocalDate.now())) {
      throw new GmsException("A therapy's start date cannot be in the future: " + on);
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO targeted_therapy (case_id, finding_key, therapy, started_on,
                  recorded_by)
                VALUES (:case, :key, :therapy, :on, :by)
                RETURNING id
                """)
            .param("case", caseId)
            .param("key", findingKey)
            .param("therapy", therapy.strip())
            .param("on", Date.valueOf(on))
            .param("by", accounts.actor().name())
            .query(Long.class)
            .single();
    audit.record(
        "record", "targeted-therapy", Long.toString(id), "case " + caseId + ": " + therapy);
    return ofCase(caseId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  List<Started> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM targeted_therapy WHERE case_id = :id ORDER BY started_on, id")
        .param("id", caseId)
        .query(
            (rs, n) ->
                new Started(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getString("finding_key"),
                    rs.getString("therapy"),
                    rs.getDate("started_on").toLocalDate(),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }
}
