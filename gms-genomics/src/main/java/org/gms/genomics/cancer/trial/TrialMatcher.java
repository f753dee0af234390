package org.gms.genomics.cancer.trial;

import java.util.Collection;
import java.util.List;

/**
 * Matches cases against trials with MatchMiner's CTML semantics: an arm matches when its tree is
 * met; a genomic condition is met by one alteration meeting all its fields (a wild-type one when
 * none does); an OncoTree type takes its descendants, an excluded type excludes them; a case
 * missing what a condition needs (age, tumour type, TMB) does not meet it.
 */
public interface TrialMatcher {

  /** A matcher on the bundled OncoTree. */
  static TrialMatcher bundled() {
    return new CtmlMatcher(OncotreeNames.bundled());
  }

  /** The open arms of the open trials the case matches, in the trials' and arms' order. */
  List<ArmMatch> match(CaseProfile profile, Collection<Trial> trials);

  /** Whether the case meets a criterion, and why (or why not). */
  Evaluation evaluate(CaseProfile profile, Criterion criterion);

  /**
   * The arm's genomic targets the case carries (positive genomic conditions met by one of its
   * alterations), for horizon scanning; empty when it carries none.
   */
  List<String> targetsCarried(CaseProfile profile, Arm arm);
}
