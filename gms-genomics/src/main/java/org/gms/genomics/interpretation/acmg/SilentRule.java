package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.BP7;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BP7: a synonymous variant, or an intronic one at or beyond +7 / -21 (Walker et al. 2023, ClinGen
 * SVI Splicing Subgroup), with no predicted splicing impact (SpliceAI at most 0.1). Nucleotide
 * conservation is not assessed.
 */
final class SilentRule implements CriterionRule {

  private static final Pattern INTRON_OFFSET = Pattern.compile("c\\.[-*]?\\d+([+-])(\\d+)");
  private static final Calibration SPLICE = Calibration.PUBLISHED.get(Predictor.SPLICEAI);

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    String kind;
    if (Consequences.any(facts, Consequences.SYNONYMOUS)) {
      kind = "synonymous";
    } else if (deepIntronic(facts)) {
      kind = "intronic at or beyond +7/-21 (" + facts.hgvsc() + ")";
    } else {
      findings.skip(BP7, "neither synonymous nor deep intronic");
      return;
    }
    OptionalDouble splice = facts.scores().score(Predictor.SPLICEAI);
    if (splice.isEmpty()) {
      findings.skip(BP7, kind + ", but no SpliceAI score to rule out a splicing effect");
    } else if (SPLICE.benignStrength(splice.getAsDouble()).isPresent()) {
      findings.apply(
          BP7, Strength.SUPPORTING, kind + "; " + SPLICE.explain(splice.getAsDouble(), false));
    } else {
      findings.skip(BP7, kind + ", but SpliceAI " + splice.getAsDouble() + " > 0.1");
    }
  }

  private static boolean deepIntronic(VariantFacts facts) {
    if (!facts.has("intron_variant") || facts.hgvsc() == null || Consequences.isNull(facts)) {
      return false;
    }
    Matcher matcher = INTRON_OFFSET.matcher(facts.hgvsc());
    if (!matcher.find()) {
      return false;
    }
    int offset = Integer.parseInt(matcher.group(2));
    return matcher.group(1).equals("+") ? offset >= 7 : offset >= 21;
  }
}
