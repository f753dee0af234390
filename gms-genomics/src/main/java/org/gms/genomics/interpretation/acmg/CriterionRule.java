package org.gms.genomics.interpretation.acmg;

/** One evidence rule: looks at the facts and applies, or declines with a reason, its code(s). */
interface CriterionRule {

  void assess(VariantFacts facts, AcmgSettings settings, Findings findings);
}
