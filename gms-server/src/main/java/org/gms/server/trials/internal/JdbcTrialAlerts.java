package org.gms.server.trials.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.NhsNumber;
import org.gms.server.trials.TrialAlert;
import org.gms.server.trials.TrialAlerts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcTrialAlerts implements TrialAlerts {

  static final String ENTITY = "trial_alert";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TrialUsers users;

  JdbcTrialAlerts(JdbcClient jdbc, AuditLog audit, TrialUsers users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
  }

  private Account clinician() {
    return users.require("work with trial alerts (they are the treating team's)", Role.CLINICIAN);
  }

  @Override
  public List<TrialAlert> open() {
    Account user = clinician();
    List<TrialAlert> open =
        jdbc.sql(
                "SELECT * FROM trial_alert WHERE organisation = :org AND state = 'OPEN' ORDER BY"
                    + " id")
            .param("org", user.organisation())
            .query(JdbcTrialAlerts::alert)
            .list();
    audit.record("list", ENTITY, "*", "open trial alerts of " + user.organisation());
    return open;
  }

  @Override
  public Optional<TrialAlert> find(long id) {
    Account user = clinician();
    Optional<TrialAlert> alert =
        jdbc.sql("SELECT * FROM trial_alert WHERE id = :id")
            .param("id", id)
            .query(JdbcTrialAlerts::alert)
            .optional()
            .filter(a -> a.organisation().equals(user.organisation()));
    audit.record("read", ENTITY, Long.toString(id), alert.isPresent() ? "" : "not visible");
    return alert;
  }

  @Override
  @Transactional
  public TrialAlert accept(long id, String comment) {
    return decide(id, "ACCEPTED", comment, "comment (what the team does with the match)");
  }

  @Override
  @Transactional
  public TrialAlert dismiss(long id, String reason) {
    return decide(id, "DISMISSED", reason, "reason");
  }

  private TrialAlert decide(long id, String state, String text, String what) {
    if (text == null || text.isBlank()) {
      throw new GmsException("Give a " + what + " to decide trial alert " + id + ".");
    }
    TrialAlert alert = find(id).orElseThrow(() -> notFound(id));
    if (!alert.state().equals("OPEN")) {
      throw GmsException.alreadyDecided(
          "Trial alert " + id, alert.state(), alert.decidedBy(), alert.decidedAt());
    }
    jdbc.sql(
            "UPDATE trial_alert SET state = :s, decided_by = :by, decided_at = clock_timestamp(),"
                + " decision = :d WHERE id = :id AND state = 'OPEN'")
        .param("s", state)
        .param("by", users.name())
        .param("d", text.strip())
        .param("id", id)
        .update();
    audit.record(state.toLowerCase(Locale.ROOT), ENTITY, Long.toString(id), text.strip());
    return find(id).orElseThrow();
  }

  /** No trial alert of that id for the clinician's organisation. */
  static GmsException notFound(long id) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND, "No trial alert " + id + " for your organisation.");
  }

  static TrialAlert alert(ResultSet rs, int n) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new TrialAlert(
        rs.getLong("id"),
        rs.getString("organisation"),
        rs.getLong("case_id"),
        rs.getLong("order_id"),
        new NhsNumber(rs.getString("nhs_number")),
        rs.getString("trial_id"),
        rs.getString("arm_code"),
        rs.getString("cause"),
        rs.getString("reason"),
        rs.getString("state"),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        rs.getString("decision"),
        rs.getTimestamp("created_at").toInstant());
  }
}
