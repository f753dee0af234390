package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PM3;

import java.util.Locale;

/**
 * PM3 by the ClinGen SVI recommendation for in trans criterion (v1.0) for recessive diseases:
 * points per observation in this proband, in trans with a pathogenic variant 1 (likely pathogenic
 * 0.5), phase unknown 0.5 (likely pathogenic 0.25), homozygous 0.5 (only for an allele rare enough
 * for PM2 in a recessive disease: a homozygote of a common allele says nothing); total 0.5
 * supporting, 1 moderate, 2 strong, 4 very strong.
 */
final class InTransRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    if (!facts.recessiveDisease()) {
      findings.skip(
          PM3,
          "PM3 is for recessive diseases; the disease's inheritance is not recessive or not known");
      return;
    }
    double points = 0;
    StringBuilder reason = new StringBuilder();
    for (TransObservation observation : facts.inTrans()) {
      double p = points(observation);
      if (p > 0) {
        points += p;
        append(
            reason,
            (observation.phaseConfirmed() ? "in trans with a " : "phase unknown, with a ")
                + observation.partnerClass().abbreviation()
                + " variant ("
                + p
                + ")");
      }
    }
    if (facts.homozygous() && rareForRecessive(facts, settings)) {
      points += 0.5;
      append(reason, "homozygous (0.5)");
    }
    Strength strength = strength(points);
    if (strength == null) {
      findings.skip(
          PM3, "no pathogenic or likely pathogenic variant in trans, and not a rare homozygote");
    } else {
      findings.apply(
          PM3,
          strength,
          reason + String.format(Locale.ROOT, "; %.2f points (ClinGen SVI)", points));
    }
  }

  /** A homozygote says something only of an allele rare enough for PM2 in a recessive disease. */
  private static boolean rareForRecessive(VariantFacts facts, AcmgSettings settings) {
    return facts
        .frequency()
        .frequencyOrZero()
        .map(af -> af <= settings.pm2RecessiveFrequency())
        .orElse(false);
  }

  private static double points(TransObservation observation) {
    return switch (observation.partnerClass()) {
      case PATHOGENIC -> observation.phaseConfirmed() ? 1.0 : 0.5;
      case LIKELY_PATHOGENIC -> observation.phaseConfirmed() ? 0.5 : 0.25;
      default -> 0;
    };
  }

  private static Strength strength(double points) {
    if (points >= 4) {
      return Strength.VERY_STRONG;
    }
    if (points >= 2) {
      return Strength.STRONG;
    }
    if (points >= 1) {
      return Strength.MODERATE;
    }
    return points >= 0.5 ? Strength.SUPPORTING : null;
  }

  private static void append(StringBuilder reason, String text) {
    if (!reason.isEmpty()) {
      reason.append("; ");
    }
    reason.append(text);
  }
}
