package org.gms.server.trials;

import java.util.List;
import org.gms.genomics.cancer.trial.ArmMatch;
import org.gms.genomics.cancer.trial.CaseProfile;

/** Reported cancer cases and their trial matches. */
public interface TrialCases {

  /**
   * Takes a reported case (or its amended report: the latest one stands), matches it against every
   * open arm and raises an alert for the treating team for each new match. System work: called from
   * the oncology feature's event; audited.
   *
   * @return the case's current matches
   */
  List<CaseMatch> report(TrialCase reported);

  /**
   * The current matches of a case, for clinicians of the treating organisation and scientists of
   * the case's laboratory; audited.
   */
  List<CaseMatch> matchesOf(long caseId);

  /** The current matches of every case for a trial the user may see; audited. */
  List<CaseMatch> matchesOfTrial(String trialId);

  /**
   * The open arms a profile matches now, nothing stored (the tumour board page reads them for a
   * case not yet reported). No user check: it names no patient.
   */
  List<ArmMatch> match(CaseProfile profile);
}
