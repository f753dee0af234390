package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.BP4;
import static org.gms.genomics.interpretation.acmg.EvidenceCode.PP3;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * PP3 and BP4 from one calibrated predictor (see {@link Calibration}). Missense variants: the first
 * available missense predictor decides the strength; SpliceAI can add PP3 (supporting) when the
 * missense predictor does not, and vetoes BP4 when it predicts a splicing effect. Intronic,
 * splice-region and UTR variants: SpliceAI alone. Synonymous variants: SpliceAI for PP3 only (BP7
 * carries their benign splicing evidence). Null variants: SpliceAI PP3, withdrawn when PVS1
 * applies.
 */
final class InSilicoRule implements CriterionRule {

  private static final Calibration SPLICE = Calibration.PUBLISHED.get(Predictor.SPLICEAI);

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    OptionalDouble splice = facts.scores().score(Predictor.SPLICEAI);
    if (Consequences.any(facts, Consequences.MISSENSE)) {
      missense(facts, settings, splice, findings);
    } else if (Consequences.any(facts, Consequences.SYNONYMOUS)) {
      spliceOnly(splice, false, findings);
      findings.skip(BP4, "synonymous: BP7 carries the benign splicing evidence");
    } else if (Consequences.any(facts, Consequences.NON_CODING_SPLICE_REACH)
        && !Consequences.isNull(facts)) {
      spliceOnly(splice, true, findings);
    } else {
      spliceOnly(splice, false, findings);
      findings.skip(
          BP4, "no calibrated benign prediction for " + String.join(", ", facts.consequences()));
    }
  }

  private void missense(
      VariantFacts facts, AcmgSettings settings, OptionalDouble splice, Findings findings) {
    Optional<Predictor> predictor =
        settings.missensePredictors().stream()
            .filter(p -> facts.scores().score(p).isPresent())
            .findFirst();
    if (predictor.isEmpty()) {
      findings.skip(
          BP4,
          facts.haplotype() != null
              ? "missense predictors score each nucleotide change alone, not the joint change"
              : "no missense predictor score (" + settings.missensePredictors() + ")");
      spliceOnly(splice, false, findings);
      return;
    }
    Calibration calibration = Calibration.PUBLISHED.get(predictor.get());
    double score = facts.scores().score(predictor.get()).getAsDouble();
    Optional<Strength> pathogenic = calibration.pathogenicStrength(score);
    if (pathogenic.isPresent()) {
      findings.apply(PP3, pathogenic.get(), calibration.explain(score, true));
      findings.skip(BP4, "PP3 applies");
      return;
    }
    if (splice.isPresent() && SPLICE.pathogenicStrength(splice.getAsDouble()).isPresent()) {
      findings.apply(PP3, Strength.SUPPORTING, SPLICE.explain(splice.getAsDouble(), true));
      findings.skip(BP4, "SpliceAI predicts a splicing effect");
      return;
    }
    Optional<Strength> benign = calibration.benignStrength(score);
    if (benign.isEmpty()) {
      String reason = predictor.get() + " " + score + " is in the indeterminate range";
      findings.skip(PP3, reason);
      findings.skip(BP4, reason);
    } else if (splice.isPresent() && SPLICE.benignStrength(splice.getAsDouble()).isEmpty()) {
      findings.skip(PP3, predictor.get() + " predicts no damage");
      findings.skip(
          BP4, "SpliceAI " + splice.getAsDouble() + " does not rule out a splicing effect (> 0.1)");
    } else {
      findings.skip(PP3, predictor.get() + " predicts no damage");
      findings.apply(
          BP4,
          benign.get(),
          calibration.explain(score, false)
              + (splice.isPresent()
                  ? "; " + SPLICE.explain(splice.getAsDouble(), false)
                  : "; splicing not predicted (no SpliceAI score)"));
    }
  }

  private void spliceOnly(OptionalDouble splice, boolean benignToo, Findings findings) {
    if (splice.isEmpty()) {
      findings.skip(PP3, "no SpliceAI score");
      if (benignToo) {
        findings.skip(BP4, "no SpliceAI score");
      }
      return;
    }
    double score = splice.getAsDouble();
    if (SPLICE.pathogenicStrength(score).isPresent()) {
      findings.apply(PP3, Strength.SUPPORTING, SPLICE.explain(score, true));
      if (benignToo) {
        findings.skip(BP4, "PP3 applies");
      }
    } else if (benignToo && SPLICE.benignStrength(score).isPresent()) {
      findings.skip(PP3, "SpliceAI predicts no splicing effect");
      findings.apply(BP4, Strength.SUPPORTING, SPLICE.explain(score, false));
    } else {
      findings.skip(PP3, "SpliceAI " + score + " below 0.2");
      if (benignToo) {
        findings.skip(BP4, "SpliceAI " + score + " between 0.1 and 0.2");
      }
    }
  }
}
