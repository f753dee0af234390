package org.gms.genomics.interpretation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.interpretation.acmg.Assessment;
import org.gms.genomics.interpretation.acmg.DeNovoEvidence;
import org.gms.genomics.interpretation.acmg.EvidenceAssessor;
import org.gms.genomics.interpretation.acmg.LossOfFunctionMechanism;
import org.gms.genomics.interpretation.acmg.TransObservation;
import org.gms.genomics.interpretation.acmg.VariantFacts;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.inheritance.ParentageCheck;
import org.gms.genomics.interpretation.inheritance.SegregationAnalysis;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.gms.genomics.interpretation.inheritance.SegregationResult;

/** Builds each candidate's ACMG facts from its annotation, family and panel, and classifies. */
final class EvidenceStage {

  private final InterpretationSettings settings;
  private final EvidenceAssessor assessor;
  private final GeneConstraints constraints;
  private final ParentageCheck parentage;
  private final GeneScope scope;
  private final PhenotypeScores phenotypes;
  private final SegregationAnalysis family;

  EvidenceStage(
      InterpretationSettings settings,
      GeneConstraints constraints,
      ParentageCheck parentage,
      GeneScope scope,
      PhenotypeScores phenotypes,
      SegregationAnalysis family) {
    this.settings = settings;
    this.assessor = EvidenceAssessor.with(settings.acmg());
    this.constraints = constraints;
    this.parentage = parentage;
    this.scope = scope;
    this.phenotypes = phenotypes;
    this.family = family;
  }

  /**
   * Classifies a candidate given its segregation results and, for PM3, the classes of the variants
   * it pairs with (partner class and whether trans is confirmed).
   */
  ClassifiedVariant classify(
      CandidateVariant candidate,
      List<SegregationResult> segregation,
      List<TransObservation> partners) {
    VariantFacts.Builder facts =
        VariantFacts.builder(candidate.consequences())
            .gene(candidate.gene())
            .hgvsc(candidate.hgvsc())
            .hgvsp(candidate.hgvsp())
            .frequency(candidate.frequency())
            .scores(candidate.scores())
            .transcript(candidate.pvs1Context().orElse(null))
            .lossOfFunction(mechanism(candidate.gene()))
            .knownPathogenic(candidate.knownPathogenic())
            .deNovo(deNovo(candidate, segregation))
            .homozygous(fits(segregation, SegregationPattern.AUTOSOMAL_RECESSIVE_HOMOZYGOUS))
            .diseaseModes(modes(candidate.gene(), segregation))
            .haplotype(candidate.haplotype());
    candidate.inRepeatRegion().ifPresent(facts::inRepeatRegion);
    phenotypes.score(candidate.gene()).ifPresent(facts::phenotypeSpecificity);
    partners.forEach(facts::inTransWith);
    Assessment assessment = assessor.assess(facts.build());
    return new ClassifiedVariant(candidate, assessment, assessment.classify(settings.classifier()));
  }

  private LossOfFunctionMechanism mechanism(String gene) {
    Optional<Boolean> panel = scope.panelGene(gene).flatMap(PanelGene::lossOfFunctionCausesDisease);
    if (panel.isPresent()) {
      return panel.get()
          ? new LossOfFunctionMechanism(
              LossOfFunctionMechanism.Status.ESTABLISHED,
              "panel: loss of function causes the disease")
          : new LossOfFunctionMechanism(
              LossOfFunctionMechanism.Status.NOT_THE_MECHANISM,
              "panel: loss of function does not cause the disease");
    }
    return LossOfFunctionMechanism.fromConstraint(constraints, gene);
  }

  /**
   * PS2 needs both parents tested and parentage confirmed, PM6 both parents tested (ClinGen SVI): a
   * proband without parental genotypes gets neither, however well the variant fits a new mutation.
   */
  private DeNovoEvidence deNovo(CandidateVariant candidate, List<SegregationResult> segregation) {
    for (SegregationResult result : segregation) {
      if (result.pattern() == SegregationPattern.DE_NOVO && result.fit() != Fit.NO) {
        if (!family.parentsGenotyped(candidate.family())) {
          return DeNovoEvidence.PARENTS_NOT_TESTED;
        }
        return result.fit() == Fit.YES && parentage.confirmed()
            ? DeNovoEvidence.CONFIRMED
            : DeNovoEvidence.ASSUMED;
      }
    }
    return DeNovoEvidence.NONE;
  }

  /** The panel's modes; without them, recessive when only recessive patterns fit. */
  private Set<InheritanceMode> modes(String gene, List<SegregationResult> segregation) {
    Optional<PanelGene> panelGene = scope.panelGene(gene);
    if (panelGene.isPresent() && !panelGene.get().modes().isEmpty()) {
      return panelGene.get().modes();
    }
    List<SegregationPattern> fitting =
        segregation.stream()
            .filter(r -> r.fit() != Fit.NO)
            .map(SegregationResult::pattern)
            .toList();
    boolean onlyRecessive =
        !fitting.isEmpty()
            && fitting.stream()
                .allMatch(
                    p ->
                        p == SegregationPattern.AUTOSOMAL_RECESSIVE_HOMOZYGOUS
                            || p == SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS);
    return onlyRecessive ? Set.of(InheritanceMode.AUTOSOMAL_RECESSIVE) : Set.of();
  }

  private static boolean fits(List<SegregationResult> segregation, SegregationPattern pattern) {
    return segregation.stream().anyMatch(r -> r.pattern() == pattern && r.fit() != Fit.NO);
  }
}
