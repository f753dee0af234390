package org.gms.server.trials.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.cancer.trial.Arm;
import org.gms.genomics.cancer.trial.TrialMatcher;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchView;
import org.gms.server.trials.ArmHorizon;
import org.gms.server.trials.HorizonScan;
import org.springframework.stereotype.Component;

/**
 * Counts per arm over the latest reported case of each patient whose current research decision is
 * given (a withdrawal counts at once); counts of 1 to {@value ResearchView#SMALLEST_COUNT} - 1 are
 * suppressed, as the research view does.
 */
@Component
class Horizon implements HorizonScan {

  private final MatchWriter matches;
  private final TrialStore store;
  private final Consents consents;
  private final AuditLog audit;
  private final TrialUsers users;

  Horizon(
      MatchWriter matches, TrialStore store, Consents consents, AuditLog audit, TrialUsers users) {
    this.matches = matches;
    this.store = store;
    this.consents = consents;
    this.audit = audit;
    this.users = users;
  }

  @Override
  public List<ArmHorizon> scan() {
    users.require("scan the horizon", Role.SERVICE_MANAGER, Role.CLINICIAN, Role.ADMINISTRATOR);
    Set<NhsNumber> consenting = consents.researchParticipants();
    // the latest case of each consenting patient (cases are in id order)
    Map<NhsNumber, CaseRow> latest =
        matches.cases().stream()
            .filter(c -> consenting.contains(c.patient()))
            .collect(Collectors.toMap(CaseRow::patient, c -> c, (a, b) -> b));
    TrialMatcher matcher = matches.matcher();
    List<ArmHorizon> out = new ArrayList<>();
    for (StoredTrial s : store.all().values()) {
      for (Arm arm : s.trial().arms()) {
        Set<NhsNumber> carriers = new HashSet<>();
        Set<NhsNumber> eligible = new HashSet<>();
        for (CaseRow c : latest.values()) {
          if (!matcher.targetsCarried(c.profile(), arm).isEmpty()) {
            carriers.add(c.patient());
            if (matcher.evaluate(c.profile(), arm.criterion()).met()) {
              eligible.add(c.patient());
            }
          }
        }
        boolean small = suppressed(carriers.size());
        boolean smallEligible = suppressed(eligible.size());
        out.add(
            new ArmHorizon(
                s.trial().id(),
                s.trial().title(),
                arm.code(),
                s.trial().open() && arm.open(),
                arm.criterion().describe(),
                small ? null : (long) carriers.size(),
                small,
                smallEligible ? null : (long) eligible.size(),
                smallEligible));
      }
    }
    audit.record(
        "scan", "trial", "*", out.size() + " arms over " + latest.size() + " consenting patients");
    return out;
  }

  static boolean suppressed(int n) {
    return n > 0 && n < ResearchView.SMALLEST_COUNT;
  }
}
