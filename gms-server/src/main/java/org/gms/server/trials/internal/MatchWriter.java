package org.gms.server.trials.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.cancer.trial.ArmMatch;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.genomics.cancer.trial.Trial;
import org.gms.genomics.cancer.trial.TrialMatcher;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code trial_match} current for a case (against some trials) and raises one alert per new
 * (case, trial, arm) match for the treating organisation.
 */
@Component
class MatchWriter {

  private final JdbcClient jdbc;
  private final TrialMatcher matcher = TrialMatcher.bundled();

  MatchWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  TrialMatcher matcher() {
    return matcher;
  }

  List<CaseRow> cases() {
    return jdbc.sql(
            "SELECT case_id, order_id, nhs_number, organisation, laboratory, profile FROM"
                + " trial_case ORDER BY case_id")
        .query(
            (rs, n) ->
                new CaseRow(
                    rs.getLong(1),
                    rs.getLong(2),
                    new NhsNumber(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    ProfileJson.read(rs.getString(6))))
        .list();
  }

  /**
   * Matches the case against the trials, marks its earlier matches with them not current, and
   * stores the current ones; returns how many alerts were raised.
   */
  int rematch(CaseRow c, List<Trial> trials, String cause) {
    List<ArmMatch> matches = matcher.match(c.profile(), trials);
    List<String> ids = trials.stream().map(Trial::id).toList();
    if (ids.isEmpty()) {
      return 0;
    }
    jdbc.sql("UPDATE trial_match SET current = false WHERE case_id = :c AND trial_id IN (:ids)")
        .param("c", c.caseId())
        .param("ids", ids)
        .update();
    int alerts = 0;
    for (ArmMatch m : matches) {
      int inserted =
          jdbc.sql(
                      """
                  INSERT INTO trial_match (case_id, trial_id, arm_code, reasons)
                  VALUES (:c, :t, :a, :r)
                  ON CONFLICT (case_id, trial_id, arm_code)
                  DO UPDATE SET current = true, reasons = EXCLUDED.reasons
                  RETURNING (xmax = 0)
                  """)
                  .param("c", c.caseId())
                  .param("t", m.trialId())
                  .param("a", m.armCode())
                  .param("r", TrialStore.JSON.writeValueAsString(m.reasons()))
                  .query(Boolean.class)
                  .single()
              ? 1
              : 0;
      if (inserted == 1) {
        alerts +=
            jdbc.sql(
                    """
                    INSERT INTO trial_alert (organisation, case_id, order_id, nhs_number, trial_id,
                                             arm_code, cause, reason)
                    VALUES (:org, :c, :o, :nhs, :t, :a, :cause, :reason)
                    ON CONFLICT (case_id, trial_id, arm_code) DO NOTHING
                    """)
                .param("org", c.organisation())
                .param("c", c.caseId())
                .param("o", c.orderId())
                .param("nhs", c.patient().value())
                .param("t", m.trialId())
                .param("a", m.armCode())
                .param("cause", cause)
                .param("reason", reason(m))
                .update();
      }
    }
    return alerts;
  }

  static String reason(ArmMatch m) {
    return m.trialId() + " arm " + m.armCode() + ": " + String.join("; ", m.reasons());
  }

  static List<String> reasons(String json) {
    return new ArrayList<>(List.of(TrialStore.JSON.readValue(json, String[].class)));
  }

  /** The profile's matches against the trials, for the SPI (nothing stored). */
  List<ArmMatch> match(CaseProfile profile, List<Trial> trials) {
    return matcher.match(profile, trials);
  }
}
