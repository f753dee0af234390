package org.gms.genomics.cancer.trial;

import java.util.List;
import java.util.Objects;

/**
 * An open arm a case matches, with why.
 *
 * @param trialId the trial's NCT or protocol number
 * @param armCode the arm's code
 * @param reasons each condition met, in the arm's order ({@code EGFR p.L858R (Missense_Mutation)
 *     meets EGFR p.L858R})
 */
public record ArmMatch(String trialId, String armCode, List<String> reasons) {
  public ArmMatch {
    Objects.requireNonNull(trialId, "trialId");
    Objects.requireNonNull(armCode, "armCode");
    reasons = List.copyOf(reasons);
  }
}
