package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PM4;

/**
 * PM4: protein length change from an in-frame deletion or insertion outside a repeat region, or a
 * stop-loss (Richards et al. 2015). When repeat annotation is missing the code applies and the
 * reason says the repeat check was not made.
 */
final class LengthChangeRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    if (!Consequences.any(facts, Consequences.LENGTH_CHANGE)) {
      findings.skip(PM4, "not an in-frame indel or stop-loss");
      return;
    }
    String what =
        facts.has("stop_lost") ? "stop-loss extends the protein" : "in-frame length change";
    if (facts.inRepeatRegion().isEmpty()) {
      findings.apply(
          PM4, Strength.MODERATE, what + "; repeat annotation not available, not checked");
    } else if (facts.inRepeatRegion().get()) {
      findings.skip(PM4, what + " inside a repeat region (BP3 territory)");
    } else {
      findings.apply(PM4, Strength.MODERATE, what + " outside repeat regions");
    }
  }
}
