package org.gms.server.trials.internal;

import java.util.List;
import org.gms.genomics.cancer.trial.ArmMatch;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedCancerCases;
import org.gms.server.oncology.TrialMatch;
import org.gms.server.oncology.TrialMatches;
import org.gms.server.oncology.TumourReceptorsRecorded;
import org.gms.server.record.NhsNumber;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trials feature's side of the oncology feature: each reported cancer case is matched (and
 * alerts raised) when its report is authorised; cases reported while the server was down are caught
 * up at start; the tumour board page's matched trials come from here.
 */
@Component
class OncologyTrials implements TrialMatches {

  private final TrialCases cases;
  private final ReportedCancerCases reported;
  private final TrialStore store;
  private final JdbcClient jdbc;

  // reported cases are read lazily: the tumour board that lists them also asks this class for
  // matched trials, so taking them eagerly would make a cycle at start-up
  OncologyTrials(
      TrialCases cases, @Lazy ReportedCancerCases reported, TrialStore store, JdbcClient jdbc) {
    this.cases = cases;
    this.reported = reported;
    this.store = store;
    this.jdbc = jdbc;
  }

  @EventListener
  void onReported(CancerCaseReported event) {
    cases.report(OncologyProfiles.trialCase(event));
  }

  /**
   * A reported case whose receptor statuses change is matched again with them (in the recording's
   * transaction); new matches raise alerts as a report does. A case not reported yet is left to its
   * report, which carries the statuses.
   */
  @EventListener
  void onReceptors(TumourReceptorsRecorded event) {
    jdbc.sql("SELECT order_id, nhs_number, profile FROM trial_case WHERE case_id = :c")
        .param("c", event.caseId())
        .query(
            (rs, n) ->
                new TrialCase(
                    event.caseId(),
                    rs.getLong(1),
                    new NhsNumber(rs.getString(2)),
                    ProfileJson.read(rs.getString(3))
                        .withReceptors(OncologyProfiles.receptors(event.receptors())),
                    event.at()))
        .optional()
        .ifPresent(cases::report);
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    for (CancerCaseReported c : reported.reported()) {
      boolean seen =
          jdbc.sql("SELECT count(*) FROM trial_case WHERE case_id = :c AND reported_at >= :at")
                  .param("c", c.caseId())
                  .param("at", java.sql.Timestamp.from(c.reportedAt()))
                  .query(Long.class)
                  .single()
              > 0;
      if (!seen) {
        cases.report(OncologyProfiles.trialCase(c));
      }
    }
  }

  @Override
  public List<TrialMatch> matches(CancerCaseReported draft) {
    List<ArmMatch> matches = cases.match(OncologyProfiles.profile(draft));
    return matches.stream()
        .map(
            m -> {
              StoredTrial t = store.find(m.trialId()).orElseThrow();
              return new TrialMatch(
                  m.trialId(),
                  t.trial().title(),
                  m.armCode(),
                  t.trial().status(),
                  m.reasons(),
                  "/trials.html?id=" + m.trialId());
            })
        .toList();
  }
}
