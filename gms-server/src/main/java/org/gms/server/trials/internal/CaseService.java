package org.gms.server.trials.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.cancer.trial.ArmMatch;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderCases;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.NhsNumber;
import org.gms.server.trials.CaseMatch;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CaseService implements TrialCases {

  static final String ENTITY = "trial_case";

  private final JdbcClient jdbc;
  private final TrialStore store;
  private final MatchWriter matches;
  private final OrderCases orders;
  private final AuditLog audit;
  private final TrialUsers users;

  CaseService(
      JdbcClient jdbc,
      TrialStore store,
      MatchWriter matches,
      OrderCases orders,
      AuditLog audit,
      TrialUsers users) {
    this.jdbc = jdbc;
    this.store = store;
    this.matches = matches;
    this.orders = orders;
    this.audit = audit;
    this.users = users;
  }

  @Override
  @Transactional
  public List<CaseMatch> report(TrialCase reported) {
    TestOrder order =
        orders.ofPatient(reported.patient()).stream()
            .filter(o -> o.id() == reported.orderId())
            .findFirst()
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "Case "
                            + reported.caseId()
                            + ": order "
                            + reported.orderId()
                            + " is not an order of patient "
                            + reported.patient().value()
                            + "."));
    jdbc.sql(
            """
            INSERT INTO trial_case (case_id, order_id, nhs_number, organisation, laboratory,
                                    profile, reported_at)
            VALUES (:c, :o, :nhs, :org, :lab, :p, :at)
            ON CONFLICT (case_id) DO UPDATE SET order_id = EXCLUDED.order_id,
              nhs_number = EXCLUDED.nhs_number, organisation = EXCLUDED.organisation,
              laboratory = EXCLUDED.laboratory, profile = EXCLUDED.profile,
              reported_at = EXCLUDED.reported_at
            WHERE trial_case.reported_at <= EXCLUDED.reported_at
            """)
        .param("c", reported.caseId())
        .param("o", reported.orderId())
        .param("nhs", reported.patient().value())
        .param("org", order.requesterOrganisation())
        .param("lab", order.laboratory())
        .param("p", ProfileJson.write(reported.profile()))
        .param("at", Timestamp.from(reported.reportedAt()))
        .update();
    CaseRow row =
        matches.cases().stream().filter(c -> c.caseId() == reported.caseId()).findFirst().get();
    int alerts = matches.rematch(row, List.copyOf(store.trials()), "CASE_REPORTED");
    audit.recordAs(
        users.name(),
        "match",
        ENTITY,
        Long.toString(reported.caseId()),
        "order " + reported.orderId() + ": " + alerts + " new trial matches");
    return current("m.case_id = :id", reported.caseId());
  }

  @Override
  public List<CaseMatch> matchesOf(long caseId) {
    Account user = reader();
    List<CaseMatch> out =
        current("m.case_id = :id" + visibility(user), caseId, user.organisation());
    audit.record("read", ENTITY, Long.toString(caseId), out.size() + " trial matches");
    return out;
  }

  @Override
  public List<CaseMatch> matchesOfTrial(String trialId) {
    Account user = reader();
    List<CaseMatch> out =
        current("m.trial_id = :id" + visibility(user), trialId, user.organisation());
    audit.record("read", "trial", trialId, out.size() + " matched cases");
    return out;
  }

  @Override
  public List<ArmMatch> match(CaseProfile profile) {
    return matches.match(profile, List.copyOf(store.trials()));
  }

  private Account reader() {
    return users.require("read a case's trial matches", Role.CLINICIAN, Role.LABORATORY_SCIENTIST);
  }

  /** Clinicians see their organisation's cases, scientists their laboratory's. */
  private static String visibility(Account user) {
    return user.has(Role.CLINICIAN)
        ? " AND (c.organisation = :org"
            + (user.has(Role.LABORATORY_SCIENTIST) ? " OR c.laboratory = :org)" : ")")
        : " AND c.laboratory = :org";
  }

  private List<CaseMatch> current(String where, Object id) {
    return current(where, id, "");
  }

  private List<CaseMatch> current(String where, Object id, String organisation) {
    List<CaseMatch> out = new ArrayList<>();
    var spec =
        jdbc.sql(
                """
                SELECT m.*, c.order_id, c.nhs_number, t.title, t.status
                FROM trial_match m JOIN trial_case c ON c.case_id = m.case_id
                JOIN trial t ON t.id = m.trial_id
                WHERE m.current AND t.open AND """
                    + " "
                    + where
                    + " ORDER BY m.case_id, m.trial_id, m.arm_code")
            .param("id", id);
    if (where.contains(":org")) {
      spec = spec.param("org", organisation);
    }
    spec.query(
        rs -> {
          out.add(
              new CaseMatch(
                  rs.getLong("case_id"),
                  rs.getLong("order_id"),
                  new NhsNumber(rs.getString("nhs_number")),
                  rs.getString("trial_id"),
                  rs.getString("title"),
                  rs.getString("arm_code"),
                  rs.getString("status"),
                  MatchWriter.reasons(rs.getString("reasons")),
                  rs.getTimestamp("first_matched_at").toInstant()));
        });
    return out;
  }
}
