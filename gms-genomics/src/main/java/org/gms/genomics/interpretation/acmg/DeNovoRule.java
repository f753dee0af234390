package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PM6;
import static org.gms.genomics.interpretation.acmg.EvidenceCode.PS2;

import java.util.Locale;

/**
 * PS2 (confirmed de novo) and PM6 (assumed de novo) weighted by the ClinGen SVI recommendation for
 * de novo criteria (v1.1): one proband scores, when the phenotype is highly specific for the gene,
 * 2 points confirmed / 1 assumed, otherwise (consistent but not highly specific) 1 confirmed / 0.5
 * assumed; points map to strength as 0.5 supporting, 1 moderate, 2 strong. Without a phenotype
 * score the phenotype counts as consistent, not highly specific.
 */
final class DeNovoRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    if (facts.deNovo() == DeNovoEvidence.NONE) {
      findings.skip(PS2, "not de novo in the proband");
      findings.skip(PM6, "not de novo in the proband");
      return;
    }
    if (facts.deNovo() == DeNovoEvidence.PARENTS_NOT_TESTED) {
      findings.skip(PS2, "parental genotypes not available: de novo origin untested");
      findings.skip(PM6, "parental genotypes not available: PM6 needs both parents tested");
      return;
    }
    boolean specific =
        facts.phenotypeSpecificity().isPresent()
            && facts.phenotypeSpecificity().getAsDouble() >= settings.phenotypeSpecificity();
    String phenotype =
        specific
            ? String.format(
                Locale.ROOT,
                "phenotype highly specific (%.2f >= %.2f)",
                facts.phenotypeSpecificity().getAsDouble(),
                settings.phenotypeSpecificity())
            : "phenotype consistent with the gene, not shown to be highly specific";
    if (facts.deNovo() == DeNovoEvidence.CONFIRMED) {
      findings.apply(
          PS2,
          specific ? Strength.STRONG : Strength.MODERATE,
          "de novo with both parents sequenced; "
              + phenotype
              + " ("
              + (specific ? 2 : 1)
              + " point(s), ClinGen SVI)");
      findings.skip(PM6, "PS2 applies");
    } else {
      findings.apply(
          PM6,
          specific ? Strength.MODERATE : Strength.SUPPORTING,
          "assumed de novo (parentage not confirmed); "
              + phenotype
              + " ("
              + (specific ? "1 point" : "0.5 points")
              + ", ClinGen SVI)");
      findings.skip(PS2, "parentage not confirmed");
    }
  }
}
