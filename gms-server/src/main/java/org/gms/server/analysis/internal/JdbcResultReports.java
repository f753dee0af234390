package org.gms.server.analysis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.Reportable;
import org.gms.server.analysis.ResultReport;
import org.gms.server.analysis.ResultReports;
import org.gms.server.analysis.RunState;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.VariantClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class JdbcResultReports implements ResultReports {

  static final String ENTITY = "result_report";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final JdbcAnalysisRuns runs;
  private final TestOrders orders;
  private final Patients patients;
  private final VariantClassifications classifications;
  private final AnnotationResources resources;

  JdbcResultReports(
      JdbcClient jdbc,
      AuditLog audit,
      JdbcAnalysisRuns runs,
      TestOrders orders,
      Patients patients,
      VariantClassifications classifications,
      AnnotationResources resources) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.runs = runs;
    this.orders = orders;
    this.patients = patients;
    this.classifications = classifications;
    this.resources = resources;
  }

  @Override
  @Transactional
  public ResultReport authorise(long runId, List<Reportable> variants, String conclusion) {
    Draft draft = draft(runId, variants, conclusion);
    // moving the order checks that the user is a scientist of its laboratory
    orders.move(
        draft.order().id(), OrderState.REPORTED, "report authorised from analysis run " + runId);
    String user = SecurityContextHolder.getContext().getAuthentication().getName();
    Instant now = Instant.now();
    String fhir =
        JdbcAnalysisRuns.JSON.writeValueAsString(
            ReportFhir.bundle(
                draft.order(), draft.patient(), draft.reported(), draft.conclusion(), now));
    jdbc.sql(
            """
            INSERT INTO result_report (order_id, run_id, conclusion, variants, html, fhir,
              authorised_by, authorised_at)
            VALUES (:order, :run, :conclusion, CAST(:variants AS jsonb), :html, CAST(:fhir AS jsonb),
              :by, :at)
            """)
        .param("order", draft.order().id())
        .param("run", runId)
        .param("conclusion", draft.conclusion())
        .param("variants", JdbcAnalysisRuns.JSON.writeValueAsString(draft.reported()))
        .param("html", draft.render("Authorised by " + user, now))
        .param("fhir", fhir)
        .param("by", user)
        .param("at", java.sql.Timestamp.from(now))
        .update();
    audit.record(
        "create",
        ENTITY,
        Long.toString(draft.order().id()),
        "from run " + runId + ", " + variants.size() + " variants");
    ReportedClassifications.of(
            draft.order(), draft.reported(), resources.get().genome(), ClassificationSource.REPORT)
        .forEach(classifications::record);
    return forOrder(draft.order().id()).orElseThrow();
  }

  @Override
  public String preview(long runId, List<Reportable> variants, String conclusion) {
    Draft draft = draft(runId, variants, conclusion);
    audit.record("read", ENTITY, Long.toString(draft.order().id()), "preview of run " + runId);
    return draft.render("PREVIEW, not authorised", Instant.now());
  }

  /** A report as it would be issued, before anyone authorises it. */
  private record Draft(
      TestOrder order, Patient patient, ArrayNode reported, String conclusion, JsonNode result) {

    String render(String signature, Instant at) {
      return ReportDocument.render(
          order,
          patient,
          reported,
          conclusion,
          result.path("scope").asString(),
          result.path("guideline").asString(),
          signature,
          at);
    }
  }

  private Draft draft(long runId, List<Reportable> variants, String conclusion) {
    AnalysisRun run =
        runs.find(runId)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "No analysis run " + runId + " that you can see."));
    if (run.kind() != AnalysisKind.RARE_DISEASE || run.state() != RunState.SUCCEEDED) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Run "
              + runId
              + " is a "
              + run.kind()
              + " run in state "
              + run.state()
              + "; reports are authorised from finished rare-disease runs.");
    }
    if (conclusion == null || conclusion.isBlank()) {
      throw new GmsException("conclusion is required: the result in words for the clinician.");
    }
    TestOrder order = orders.find(run.orderId()).orElseThrow();
    if (order.state() != OrderState.INTERPRETATION) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order "
              + order.id()
              + " is "
              + order.state()
              + "; a report is authorised in INTERPRETATION.");
    }
    JsonNode result = JdbcAnalysisRuns.JSON.readTree(runs.resultJson(runId).orElseThrow());
    ArrayNode reported = JdbcAnalysisRuns.JSON.createArrayNode();
    for (Reportable choice : variants) {
      JsonNode candidate = byRank(result, choice.rank(), runId);
      ObjectNode copy = (ObjectNode) candidate.deepCopy();
      copy.remove("explanation");
      copy.put("proband", result.path("proband").asString());
      copy.put("computedClass", candidate.at("/variants/0/acmg/class").asString());
      copy.put("finalClass", choice.finalClass());
      copy.put("comment", choice.comment());
      reported.add(copy);
    }
    Patient patient = patients.find(order.patient()).orElseThrow();
    return new Draft(order, patient, reported, conclusion.strip(), result);
  }

  private static JsonNode byRank(JsonNode result, int rank, long runId) {
    for (JsonNode candidate : result.path("candidates")) {
      if (candidate.path("rank").asInt() == rank) {
        return candidate;
      }
    }
    throw new GmsException(
        "Run "
            + runId
            + " has no stored candidate ranked "
            + rank
            + " (it stored "
            + result.path("candidates").size()
            + " of "
            + result.path("candidateCount").asInt()
            + ").");
  }

  @Override
  public Optional<ResultReport> forOrder(long orderId) {
    if (orders.find(orderId).isEmpty()) {
      return Optional.empty();
    }
    audit.record("read", ENTITY, Long.toString(orderId), "");
    return jdbc.sql(
            "SELECT order_id, run_id, conclusion, variants::text AS variants, authorised_by,"
                + " authorised_at FROM result_report WHERE order_id = :order")
        .param("order", orderId)
        .query(JdbcResultReports::report)
        .optional();
  }

  @Override
  public Optional<String> html(long orderId) {
    return forOrder(orderId).flatMap(r -> column(orderId, "html"));
  }

  @Override
  public Optional<String> fhir(long orderId) {
    return forOrder(orderId).flatMap(r -> column(orderId, "fhir::text"));
  }

  private Optional<String> column(long orderId, String column) {
    return jdbc.sql("SELECT " + column + " FROM result_report WHERE order_id = :order")
        .param("order", orderId)
        .query(String.class)
        .optional();
  }

  private static ResultReport report(ResultSet rs, int row) throws SQLException {
    return new ResultReport(
        rs.getLong("order_id"),
        rs.getLong("run_id"),
        rs.getString("conclusion"),
        rs.getString("variants"),
        rs.getString("authorised_by"),
        rs.getTimestamp("authorised_at").toInstant());
  }
}
