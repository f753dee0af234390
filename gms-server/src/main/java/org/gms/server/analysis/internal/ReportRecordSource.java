package org.gms.server.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderCases;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The patient's analyses and reports for their record: each run of their orders as queued and as
 * finished, and each authorised report with the variants it reported and the class given to each;
 * as FHIR, each report's bundle exactly as it was issued.
 */
@Component
class ReportRecordSource implements RecordSource {

  private final JdbcClient jdbc;
  private final OrderCases orders;
  private final AuditLog audit;

  ReportRecordSource(JdbcClient jdbc, OrderCases orders, AuditLog audit) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.audit = audit;
  }

  @Override
  public String section() {
    return "reports";
  }

  @Override
  public List<RecordEntry> entries(NhsNumber patient) {
    Long[] ids = orderIds(patient);
    List<RecordEntry> entries = new ArrayList<>();
    if (ids.length == 0) {
      return entries;
    }
    audit.record(
        "read", JdbcResultReports.ENTITY, patient.value(), "runs and reports for the record");
    jdbc.sql(
            """
            SELECT id, order_id, kind, state, genes, message, started_by, queued_at, finished_at
            FROM analysis_run WHERE order_id = ANY(:ids) ORDER BY id
            """)
        .param("ids", ids)
        .query(
            rs -> {
              long run = rs.getLong("id");
              long order = rs.getLong("order_id");
              String kind = rs.getString("kind").toLowerCase(Locale.ROOT).replace('_', ' ');
              String link = "/api/analyses/" + run;
              entries.add(
                  new RecordEntry(
                      rs.getTimestamp("queued_at").toInstant(),
                      "analysis-started",
                      "Analysis run #"
                          + run
                          + " ("
                          + kind
                          + ") of order #"
                          + order
                          + " started by "
                          + rs.getString("started_by")
                          + ": "
                          + rs.getString("genes"),
                      Map.of(
                          "runId",
                          run,
                          "orderId",
                          order,
                          "kind",
                          rs.getString("kind"),
                          "by",
                          rs.getString("started_by")),
                      link));
              java.sql.Timestamp finished = rs.getTimestamp("finished_at");
              if (finished != null) {
                String message = rs.getString("message");
                entries.add(
                    new RecordEntry(
                        finished.toInstant(),
                        "analysis-finished",
                        "Analysis run #"
                            + run
                            + " of order #"
                            + order
                            + " "
                            + rs.getString("state").toLowerCase(Locale.ROOT)
                            + (message == null || message.isBlank() ? "" : ": " + message),
                        Map.of(
                            "runId", run,
                            "orderId", order,
                            "state", rs.getString("state")),
                        link));
              }
            });
    jdbc.sql(
            """
            SELECT order_id, run_id, conclusion, variants::text AS variants, authorised_by,
              authorised_at
            FROM result_report WHERE order_id = ANY(:ids) ORDER BY authorised_at
            """)
        .param("ids", ids)
        .query(
            rs -> {
              long order = rs.getLong("order_id");
              List<Map<String, Object>> variants = new ArrayList<>();
              List<String> brief = new ArrayList<>();
              for (JsonNode candidate : JdbcAnalysisRuns.JSON.readTree(rs.getString("variants"))) {
                JsonNode variant = candidate.path("variants").path(0);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("gene", candidate.path("gene").asString(""));
                v.put("hgvsc", variant.path("hgvsc").asString(""));
                v.put("hgvsp", variant.path("hgvsp").asString(""));
                v.put("finalClass", candidate.path("finalClass").asString(""));
                v.put("computedClass", candidate.path("computedClass").asString(""));
                v.put("comment", candidate.path("comment").asString(""));
                variants.add(v);
                brief.add(
                    candidate.path("gene").asString("")
                        + " "
                        + candidate.path("finalClass").asString(""));
              }
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("orderId", order);
              details.put("runId", rs.getLong("run_id"));
              details.put("conclusion", rs.getString("conclusion"));
              details.put("by", rs.getString("authorised_by"));
              details.put("variants", variants);
              entries.add(
                  new RecordEntry(
                      rs.getTimestamp("authorised_at").toInstant(),
                      "report-authorised",
                      "Report of order #"
                          + order
                          + " authorised by "
                          + rs.getString("authorised_by")
                          + (brief.isEmpty()
                              ? " (no reportable finding)"
                              : " (" + String.join(", ", brief) + ")")
                          + ": "
                          + rs.getString("conclusion"),
                      details,
                      "/api/orders/" + order + "/report"));
            });
    entries.sort(Comparator.comparing(RecordEntry::at));
    return entries;
  }

  /** Each authorised report's FHIR bundle (Genomics Reporting IG), as issued. */
  @Override
  public List<String> fhir(NhsNumber patient) {
    Long[] ids = orderIds(patient);
    if (ids.length == 0) {
      return List.of();
    }
    audit.record(
        "read", JdbcResultReports.ENTITY, patient.value(), "report bundles for the record");
    return jdbc.sql(
            "SELECT fhir::text FROM result_report WHERE order_id = ANY(:ids) ORDER BY authorised_at")
        .param("ids", ids)
        .query(String.class)
        .list();
  }

  private Long[] orderIds(NhsNumber patient) {
    return orders.ofPatient(patient).stream().map(TestOrder::id).toArray(Long[]::new);
  }
}
