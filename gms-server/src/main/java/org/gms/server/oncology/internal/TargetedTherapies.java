package org.gms.server.oncology.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a targeted therapy was started for an actionable finding of a reported case, as the
 * clinician records it or a clinical system states it in a FHIR MedicationStatement: the finding
 * must be one the report reported.
 */
@Service
@Transactional
class TargetedTherapies {

  /**
   * A therapy started.
   *
   * @param source CLINICIAN (recorded through the API) or FHIR (from a MedicationStatement)
   * @param status the MedicationStatement status: active, completed, stopped or on-hold
   * @param medicationSystem the coding system of the medication, or null
   * @param medicationCode the medication's code in it, or null
   */
  record Started(
      long id,
      long caseId,
      String findingKey,
      String therapy,
      LocalDate startedOn,
      String recordedBy,
      Instant recordedAt,
      String source,
      String status,
      String medicationSystem,
      String medicationCode) {}

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
    return store(caseId, findingKey, therapy, startedOn, "CLINICIAN", "active", null, null);
  }

  /**
   * Records the therapy a MedicationStatement states: its subject must be the case's patient and
   * its reason a reported finding of the case (by identifier, or by the fullUrl of the finding's
   * variant Observation in the case's latest report).
   */
  Started record(long caseId, TherapyFhir.Statement statement) {
    CancerCase c = cases.visibleOrThrow(caseId);
    if (!c.nhsNumber().equals(statement.nhsNumber())) {
      throw GmsException.atField(
          "subject",
          "The MedicationStatement is about NHS number "
              + statement.nhsNumber()
              + ", not the patient of case "
              + caseId
              + ": send it for the case of that patient.");
    }
    String key = statement.findingKey();
    if (key == null) {
      Map<String, String> byUrl =
          board
              .latestReport(caseId)
              .map(
                  id ->
                      jdbc.sql("SELECT fhir FROM cancer_report WHERE id = :id")
                          .param("id", id)
                          .query(String.class)
                          .single())
              .map(TherapyFhir::findingsByFullUrl)
              .orElse(Map.of());
      key =
          statement.findingReferences().stream()
              .map(byUrl::get)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElseThrow(
                  () ->
                      GmsException.atField(
                          "reasonReference",
                          "reasonReference "
                              + statement.findingReferences()
                              + " is not a variant Observation of case "
                              + caseId
                              + "'s report: use the fullUrl from its report bundle, or the"
                              + " identifier "
                              + TherapyFhir.FINDING
                              + " with the finding's key."));
    }
    return store(
        caseId,
        key,
        statement.therapy(),
        statement.startedOn(),
        "FHIR",
        statement.status(),
        statement.medicationSystem(),
        statement.medicationCode());
  }

  private Started store(
      long caseId,
      String findingKey,
      String therapy,
      LocalDate startedOn,
      String source,
      String status,
      String medicationSystem,
      String medicationCode) {
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
      throw GmsException.atField(
          "findingKey",
          "Finding '" + findingKey + "' is not a reported finding of case " + caseId + ".");
    }
    if (therapy == null || therapy.isBlank() || therapy.length() > 200) {
      throw GmsException.atField(
          "therapy", "Name the therapy started (1 to 200 characters), e.g. entrectinib.");
    }
    LocalDate on = startedOn == null ? LocalDate.now() : startedOn;
    if (on.isAfter(LocalDate.now())) {
      throw GmsException.atField(
          "startedOn", "A therapy's start date cannot be in the future: " + on);
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO targeted_therapy (case_id, finding_key, therapy, started_on,
                  recorded_by, source, status, medication_system, medication_code)
                VALUES (:case, :key, :therapy, :on, :by, :source, :status, :system, :code)
                RETURNING id
                """)
            .param("case", caseId)
            .param("key", findingKey)
            .param("therapy", therapy.strip())
            .param("on", Date.valueOf(on))
            .param("by", accounts.actor().name())
            .param("source", source)
            .param("status", status)
            .param("system", medicationSystem)
            .param("code", medicationCode)
            .query(Long.class)
            .single();
    audit.record(
        "record",
        "targeted-therapy",
        Long.toString(id),
        "case " + caseId + ": " + therapy + " (" + source.toLowerCase(java.util.Locale.ROOT) + ")");
    return ofCase(caseId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  List<Started> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM targeted_therapy WHERE case_id = :id ORDER BY started_on, id")
        .param("id", caseId)
        .query(TargetedTherapies::started)
        .list();
  }

  static Started started(ResultSet rs, int row) throws SQLException {
    return new Started(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("finding_key"),
        rs.getString("therapy"),
        rs.getDate("started_on").toLocalDate(),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("source"),
        rs.getString("status"),
        rs.getString("medication_system"),
        rs.getString("medication_code"));
  }
}
