package org.gms.genomics.interpretation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.inheritance.SegregationResult;

/**
 * One explanation of the proband's disease to rank: a variant (or, for compound heterozygosity, a
 * pair) of one gene, with the inheritance pattern it fits.
 *
 * @param panelGene the gene's panel entry; empty outside a panel or gene-agnostic
 * @param phenotypeScore the phenotype engine's score for the gene, if any
 */
public record Candidate(
    String gene,
    List<ClassifiedVariant> variants,
    SegregationResult inheritance,
    Optional<PanelGene> panelGene,
    OptionalDouble phenotypeScore) {

  public Candidate {
    variants = List.copyOf(variants);
    if (gene == null || variants.isEmpty() || variants.size() > 2 || inheritance == null) {
      throw new IllegalArgumentException("A candidate is one or two variants of a gene with a fit");
    }
  }

  /** The least pathogenic class among the variants: a pair is only as strong as its weaker half. */
  public AcmgClass weakestClass() {
    return variants.stream()
        .map(v -> v.classification().acmgClass())
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * Whether the pattern fits a mode of inheritance the panel gives the gene; empty when the panel
   * gives none or there is no panel.
   */
  public Optional<Boolean> modeMatchesPanel() {
    if (panelGene.isEmpty() || panelGene.get().modes().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        panelGene.get().modes().stream().anyMatch(m -> inheritance.pattern().fits(m)));
  }
}
