package org.gms.server.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.analysis.Reclassification;
import org.gms.server.analysis.ResultReport;
import org.gms.server.analysis.ResultReports;
import org.gms.server.audit.AuditLog;
import org.gms.server.knowledge.AlertDecision;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.ReanalysisAlert;
import org.gms.server.knowledge.ReanalysisAlerts;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcReanalysisAlerts implements ReanalysisAlerts {

  static final String ENTITY = "reanalysis_alert";

  static final String SELECT =
      """
      SELECT a.*, v.label AS knowledge_label FROM reanalysis_alert a
      JOIN knowledge_version v ON v.id = a.version_id
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Users users;
  private final TestOrders orders;
  private final ResultReports reports;

  JdbcReanalysisAlerts(
      JdbcClient jdbc, AuditLog audit, Users users, TestOrders orders, ResultReports reports) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
    this.orders = orders;
    this.reports = reports;
  }

  @Override
  public List<ReanalysisAlert> open() {
    Account scientist = users.scientist();
    List<ReanalysisAlert> open =
        jdbc.sql(SELECT + " WHERE a.laboratory = :lab AND a.state = 'OPEN' ORDER BY a.id")
            .param("lab", scientist.organisation())
            .query(JdbcReanalysisAlerts::alert)
            .list();
    audit.record("list", ENTITY, "*", "open alerts of " + scientist.organisation());
    return open;
  }

  @Override
  public Optional<ReanalysisAlert> find(long id) {
    Account scientist = users.scientist();
    Optional<ReanalysisAlert> alert =
        load(id).filter(a -> a.laboratory().equals(scientist.organisation()));
    audit.record("read", ENTITY, Long.toString(id), alert.isPresent() ? "" : "not visible");
    return alert;
  }

  private Optional<ReanalysisAlert> load(long id) {
    return jdbc.sql(SELECT + " WHERE a.id = :id")
        .param("id", id)
        .query(JdbcReanalysisAlerts::alert)
        .optional();
  }

  private ReanalysisAlert openAlert(long id) {
    ReanalysisAlert alert = find(id).orElseThrow(() -> notFound(id));
    if (alert.state() != ReanalysisAlert.AlertState.OPEN) {
      throw GmsException.alreadyDecided(
          "Alert " + id, alert.state().name(), alert.decidedBy(), alert.decidedAt());
    }
    return alert;
  }

  /** No alert of that id for the scientist's laboratory. */
  static GmsException notFound(long id) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND, "No re-analysis alert " + id + " for your laboratory.");
  }

  @Override
  @Transactional
  public ReanalysisAlert accept(long id, AlertDecision decision) {
    if (decision == null) {
      throw new GmsException("Accepting an alert needs a decision: finalClass, conclusion, ...");
    }
    ReanalysisAlert alert = openAlert(id);
    TestOrder order =
        orders
            .find(alert.orderId())
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "Order "
                            + alert.orderId()
                            + " of alert "
                            + id
                            + " is not visible to you."));
    boolean variantRule = alert.variantKey() != null;
    if (variantRule && (decision.finalClass() == null || decision.finalClass().isBlank())) {
      throw new GmsException(
          "finalClass is required to accept alert "
              + id
              + ": the class (P, LP, VUS, LB or B) the amended report gives "
              + alert.variantKey()
              + ".");
    }
    String outcome;
    if (order.state() == OrderState.REPORTED) {
      if (!variantRule && decision.addRanks().isEmpty()) {
        throw new GmsException(
            "Alert "
                + id
                + " concerns the gene "
                + alert.gene()
                + ", not a reported variant: name the candidates of the run to add to the"
                + " amended report (addRanks), or dismiss the alert with a reason.");
      }
      if (decision.conclusion() == null || decision.conclusion().isBlank()) {
        throw new GmsException(
            "conclusion is required to accept alert "
                + id
                + ": the amended report's result in words for the clinician.");
      }
      List<Reclassification> reclassified =
          variantRule
              ? List.of(
                  new Reclassification(
                      alert.variantKey(), decision.finalClass(), decision.comment()))
              : List.of();
      ResultReport amended =
          reports.amend(
              order.id(),
              reclassified,
              decision.addRanks(),
              decision.conclusion(),
              "re-analysis alert " + id + ": " + alert.reason());
      outcome = "amended report version " + amended.version() + " issued";
    } else if (order.state() == OrderState.INTERPRETATION) {
      outcome =
          "taken into the report in preparation (order in interpretation)"
              + (decision.comment().isBlank() ? "" : ": " + decision.comment());
    } else {
      throw order.wrongState("; there is no report to amend.");
    }
    decide(alert, ReanalysisAlert.AlertState.ACCEPTED, outcome);
    return load(id).orElseThrow();
  }

  @Override
  @Transactional
  public ReanalysisAlert dismiss(long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new GmsException(
          "reason is required to dismiss alert "
              + id
              + ": say why the knowledge change does not alter the report.");
    }
    ReanalysisAlert alert = openAlert(id);
    decide(alert, ReanalysisAlert.AlertState.DISMISSED, reason.strip());
    return load(id).orElseThrow();
  }

  private void decide(ReanalysisAlert alert, ReanalysisAlert.AlertState state, String decision) {
    int updated =
        jdbc.sql(
                """
                UPDATE reanalysis_alert SET state = :state, decided_by = :by,
                  decided_at = clock_timestamp(), decision = :decision
                WHERE id = :id AND state = 'OPEN'
                """)
            .param("state", state.name())
            .param("by", users.name())
            .param("decision", decision)
            .param("id", alert.id())
            .update();
    if (updated != 1) {
      throw new GmsException(
          GmsException.Kind.CONFLICT, "Alert " + alert.id() + " was decided meanwhile.");
    }
    audit.record(
        "update",
        ENTITY,
        Long.toString(alert.id()),
        alert.patient().value() + " " + state + ": " + decision);
  }

  /** The patient's alerts, for their record; the record checks who may read it. */
  List<ReanalysisAlert> forPatient(NhsNumber patient) {
    audit.record("read", ENTITY, patient.value(), "re-analysis alerts of the patient");
    return jdbc.sql(SELECT + " WHERE a.nhs_number = :nhs ORDER BY a.id")
        .param("nhs", patient.value())
        .query(JdbcReanalysisAlerts::alert)
        .list();
  }

  static ReanalysisAlert alert(ResultSet rs, int row) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new ReanalysisAlert(
        rs.getLong("id"),
        rs.getString("laboratory"),
        rs.getLong("order_id"),
        new NhsNumber(rs.getString("nhs_number")),
        AlertRule.valueOf(rs.getString("rule")),
        rs.getString("variant_key"),
        rs.getString("gene"),
        rs.getString("reason"),
        rs.getString("old_evidence"),
        rs.getString("new_evidence"),
        rs.getLong("version_id"),
        rs.getString("knowledge_label"),
        ReanalysisAlert.AlertState.valueOf(rs.getString("state")),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        rs.getString("decision"),
        rs.getTimestamp("created_at").toInstant());
  }
}
