package org.gms.genomics.interpretation.acmg;

import java.util.List;
import java.util.Set;

/**
 * Applies the computable ACMG/AMP criteria to one variant: PVS1, PS1, PS2, PM2, PM3, PM4, PM5, PM6,
 * PP3, PP4, BA1, BS1, BP4, BP7. Each applies with a strength and a reason, or is noted as not
 * applied with the reason. Codes one another already accounts for are not combined: PP3 is
 * withdrawn when PVS1 applies (ClinGen SVI: the predicted loss of function is counted once), and
 * BP4 when BP7 rests on the same SpliceAI prediction.
 *
 * <p>A variant phased with other alleles that change the same transcript's coding sequence is
 * judged by their joint effect ({@link VariantFacts#judged()}): a frameshift whose frame a partner
 * on the same haplotype restores is not a null variant (PVS1 does not apply; PM4 may, for the
 * in-frame length change), and two changes in one codon count as the amino-acid change the codon
 * really encodes. The reasons of the codes that read the consequence begin with why.
 */
public final class EvidenceAssessor {

  private static final List<CriterionRule> RULES =
      List.of(
          new Pvs1DecisionTree(),
          new AminoAcidRule(),
          new DeNovoRule(),
          new FrequencyRule(),
          new InTransRule(),
          new LengthChangeRule(),
          new InSilicoRule(),
          new PhenotypeRule(),
          new SilentRule());

  /** The codes whose rules read the consequence, and so the joint effect when there is one. */
  static final Set<EvidenceCode> CONSEQUENCE_CODES =
      Set.of(
          EvidenceCode.PVS1,
          EvidenceCode.PS1,
          EvidenceCode.PM5,
          EvidenceCode.PM4,
          EvidenceCode.PP3,
          EvidenceCode.BP4,
          EvidenceCode.BP7);

  private final AcmgSettings settings;

  private EvidenceAssessor(AcmgSettings settings) {
    this.settings = settings;
  }

  public static EvidenceAssessor with(AcmgSettings settings) {
    return new EvidenceAssessor(settings);
  }

  public static EvidenceAssessor withDefaults() {
    return new EvidenceAssessor(AcmgSettings.defaults());
  }

  public Assessment assess(VariantFacts facts) {
    Findings findings = new Findings();
    VariantFacts judged = facts.judged();
    for (CriterionRule rule : RULES) {
      rule.assess(judged, settings, findings);
    }
    if (facts.haplotype() != null) {
      findings.explain(CONSEQUENCE_CODES, facts.haplotype().reason(facts.consequences()));
    }
    if (findings.has(EvidenceCode.PVS1)) {
      findings.withdraw(
          EvidenceCode.PP3, "PVS1 applies: the predicted loss of function is not counted twice");
    }
    if (findings.has(EvidenceCode.BP7)) {
      findings.withdraw(
          EvidenceCode.BP4, "BP7 applies: the same splicing prediction is not counted twice");
    }
    return findings.assessment();
  }
}
