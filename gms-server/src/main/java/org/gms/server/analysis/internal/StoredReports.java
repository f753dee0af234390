package org.gms.server.analysis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.analysis.ResultReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;

/**
 * The tables of result reports: the current version of each order's report ({@code result_report})
 * and the versions an amendment superseded ({@code result_report_superseded}). No access checks:
 * the callers make them.
 */
@Component
class StoredReports {

  /**
   * The current report of an order, locked for an amendment.
   *
   * @param reported its reported candidates, to be amended
   */
  record Current(long runId, ArrayNode reported, int version) {}

  /**
   * A report as rendered for issuing.
   *
   * @param html the page
   * @param fhir the FHIR bundle (JSON)
   */
  record Issued(String html, String fhir, String by, Instant at) {}

  private final JdbcClient jdbc;

  StoredReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long runId, ReportDraft draft, Issued issued) {
    jdbc.sql(
            """
            INSERT INTO result_report (order_id, run_id, conclusion, variants, html, fhir,
              authorised_by, authorised_at)
            VALUES (:order, :run, :conclusion, CAST(:variants AS jsonb), :html, CAST(:fhir AS jsonb),
              :by, :at)
            """)
        .params(document(draft, issued))
        .param("run", runId)
        .update();
  }

  /** The parameters of a report's document: its order, conclusion, variants and the issued. */
  private static Map<String, Object> document(ReportDraft draft, Issued issued) {
    Map<String, Object> params = new HashMap<>();
    params.put("order", draft.order().id());
    params.put("conclusion", draft.conclusion());
    params.put("variants", JdbcAnalysisRuns.JSON.writeValueAsString(draft.reported()));
    params.put("html", issued.html());
    params.put("fhir", issued.fhir());
    params.put("by", issued.by());
    params.put("at", Timestamp.from(issued.at()));
    return params;
  }

  /** The order's current report, locked until the transaction ends. */
  Current lockCurrent(long orderId) {
    return jdbc.sql(
            "SELECT run_id, variants::text AS variants, version FROM result_report"
                + " WHERE order_id = :order FOR UPDATE")
        .param("order", orderId)
        .query(
            (rs, row) ->
                new Current(
                    rs.getLong("run_id"),
                    (ArrayNode) JdbcAnalysisRuns.JSON.readTree(rs.getString("variants")),
                    rs.getInt("version")))
        .optional()
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.CONFLICT,
                    "Order " + orderId + " has no authorised report to amend."));
  }

  /** Replaces the order's current report by an amended one, keeping the current as superseded. */
  void amend(ReportDraft amended, Issued issued, int version, String reason) {
    long orderId = amended.order().id();
    jdbc.sql(
            """
            INSERT INTO result_report_superseded (order_id, version, run_id, conclusion, variants,
              html, fhir, authorised_by, authorised_at, amendment_reason)
            SELECT order_id, version, run_id, conclusion, variants, html, fhir, authorised_by,
              authorised_at, amendment_reason
            FROM result_report WHERE order_id = :order
            """)
        .param("order", orderId)
        .update();
    jdbc.sql(
            """
            UPDATE result_report SET conclusion = :conclusion, variants = CAST(:variants AS jsonb),
              html = :html, fhir = CAST(:fhir AS jsonb), authorised_by = :by, authorised_at = :at,
              version = :version, amendment_reason = :reason
            WHERE order_id = :order
            """)
        .params(document(amended, issued))
        .param("version", version)
        .param("reason", reason)
        .update();
  }

  Optional<ResultReport> current(long orderId) {
    return reports("result_report WHERE order_id = :order", orderId).optional();
  }

  /** The versions an amendment superseded, oldest first. */
  List<ResultReport> superseded(long orderId) {
    return reports("result_report_superseded WHERE order_id = :order ORDER BY version", orderId)
        .list();
  }

  /** The reports (current or superseded) of the order, read from the table and condition. */
  private JdbcClient.MappedQuerySpec<ResultReport> reports(String from, long orderId) {
    return jdbc.sql(
            "SELECT order_id, run_id, conclusion, variants::text AS variants, authorised_by,"
                + " authorised_at, version, amendment_reason FROM "
                + from)
        .param("order", orderId)
        .query(StoredReports::report);
  }

  Optional<String> html(long orderId) {
    return column(orderId, "html");
  }

  Optional<String> fhir(long orderId) {
    return column(orderId, "fhir::text");
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
        rs.getTimestamp("authorised_at").toInstant(),
        rs.getInt("version"),
        rs.getString("amendment_reason"));
  }
}
