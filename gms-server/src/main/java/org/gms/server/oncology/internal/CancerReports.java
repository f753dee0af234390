package org.gms.server.oncology.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedCancerCases;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorised cancer reports. Authorising needs a finished run and a decision on every tier I/II
 * finding; it stores the report (what was reported, XHTML, FHIR), moves the order to reported and
 * publishes {@link CancerCaseReported} (delivered to listeners after the commit). Authorising again
 * (an amendment) keeps the earlier report.
 */
@Service
@Transactional
class CancerReports implements ReportedCancerCases {

  /** A stored report. */
  record StoredReport(
      long id,
      long caseId,
      long runId,
      String html,
      String fhir,
      String authorisedBy,
      Instant at) {}

  private final JdbcClient jdbc;
  private final CaseStore cases;
  private final SomaticRuns runs;
  private final Board board;
  private final Patients patients;
  private final TestOrders orders;
  private final Accounts accounts;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CancerReports(
      JdbcClient jdbc,
      CaseStore cases,
      SomaticRuns runs,
      Board board,
      Patients patients,
      TestOrders orders,
      Accounts accounts,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.runs = runs;
    this.board = board;
    this.patients = patients;
    this.orders = orders;
    this.accounts = accounts;
    this.audit = audit;
    this.events = events;
  }

  StoredReport authorise(long caseId) {
    CancerCase c = cases.visibleOrThrow(caseId);
    Board.View view = board.view(caseId);
    if (view.runId() == null) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Case " + caseId + " has no finished somatic analysis: start one and wait for it.");
    }
    if (!view.undecided().isEmpty()) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Decide on every tier I/II finding before authorising (reported or not reported): "
              + String.join(", ", view.undecided()));
    }
    SomaticResult result = runs.result(view.runId()).orElseThrow();
    Patient patient =
        patients
            .find(new NhsNumber(c.nhsNumber()))
            .orElseThrow(
                () -> new GmsException("Patient " + c.nhsNumber() + " is not registered."));
    TestOrder order = cases.visibleOrder(c.orderId());
    Instant now = Instant.now();
    String by = accounts.actor().name();
    CancerCaseReported reported = board.draft(c, result, view.findings(), now, true);
    String html =
        CancerReportDocument.xhtml(
            c, patient, view.samples(), result, view.findings(), reported, by, now);
    String fhir =
        CancerReportFhir.bundle(c, patient, result, view.findings(), order.laboratory(), now);
    long id =
        jdbc.sql(
                """
                INSERT INTO cancer_report (case_id, run_id, reported, html, fhir, authorised_by,
                  authorised_at)
                VALUES (:case, :run, CAST(:reported AS jsonb), :html, :fhir, :by, :at)
                RETURNING id
                """)
            .param("case", caseId)
            .param("run", view.runId())
            .param("reported", SomaticRuns.JSON.writeValueAsString(reported))
            .param("html", html)
            .param("fhir", fhir)
            .param("by", by)
            .param("at", java.sql.Timestamp.from(now))
            .query(Long.class)
            .single();
    if (order.state() == OrderState.INTERPRETATION) {
      orders.move(order.id(), OrderState.REPORTED, "cancer report " + id + " authorised");
    }
    audit.record(
        "authorise",
        "cancer-report",
        Long.toString(id),
        "case " + caseId + ", " + reported.findings().size() + " findings reported");
    events.publishEvent(reported);
    return find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  Optional<StoredReport> find(long id) {
    return jdbc.sql("SELECT * FROM cancer_report WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new StoredReport(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getLong("run_id"),
                    rs.getString("html"),
                    rs.getString("fhir"),
                    rs.getString("authorised_by"),
                    rs.getTimestamp("authorised_at").toInstant()))
        .optional();
  }

  /** The latest report of a case the user may see. */
  Optional<StoredReport> latestVisible(long caseId) {
    cases.visibleOrThrow(caseId);
    audit.record("read", "cancer-report", Long.toString(caseId), "latest report");
    return board.latestReport(caseId).flatMap(this::find);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CancerCaseReported> reported() {
    return jdbc
        .sql(
            """
            SELECT DISTINCT ON (case_id) reported::text FROM cancer_report
            ORDER BY case_id, id DESC
            """)
        .query(String.class)
        .list()
        .stream()
        .map(json -> SomaticRuns.JSON.readValue(json, CancerCaseReported.class))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CancerCaseReported> reportedCase(long caseId) {
    return jdbc.sql(
            "SELECT reported::text FROM cancer_report WHERE case_id = :id ORDER BY id DESC LIMIT 1")
        .param("id", caseId)
        .query(String.class)
        .optional()
        .map(json -> SomaticRuns.JSON.readValue(json, CancerCaseReported.class));
  }
}
