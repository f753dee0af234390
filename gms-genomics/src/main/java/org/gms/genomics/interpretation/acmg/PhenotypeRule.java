package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PP4;

import java.util.Locale;

/**
 * PP4: the proband's phenotype is highly specific for a disease of the gene, judged from the
 * phenotype engine's score for the gene (0..1) against the configured threshold.
 */
final class PhenotypeRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    if (facts.phenotypeSpecificity().isEmpty()) {
      findings.skip(PP4, "no phenotype score for the gene");
      return;
    }
    double score = facts.phenotypeSpecificity().getAsDouble();
    String text = String.format(Locale.ROOT, "phenotype score %.2f for the gene", score);
    if (score >= settings.phenotypeSpecificity()) {
      findings.apply(
          PP4,
          Strength.SUPPORTING,
          text
              + String.format(
                  Locale.ROOT, " >= %.2f: highly specific", settings.phenotypeSpecificity()));
    } else {
      findings.skip(
          PP4, text + String.format(Locale.ROOT, " < %.2f", settings.phenotypeSpecificity()));
    }
  }
}
