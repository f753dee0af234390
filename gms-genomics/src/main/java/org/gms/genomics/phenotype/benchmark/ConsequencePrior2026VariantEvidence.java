package org.gms.genomics.phenotype.benchmark;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.phenotype.phenopacket.CausativeVariant;
import org.gms.genomics.phenotype.phenopacket.VariantConsequence;

/**
 * A coarse variant score from the consequence class alone (read from the phenopacket's HGVS and
 * structural type; no population frequency, conservation or splice prediction is available there).
 * Each class has a prior probability of being damaging, and the score is its log10, so a
 * loss-of-function allele is neutral (0) and a synonymous one counts 10-fold against (-1).
 *
 * <p>The classes and values follow the usual ordering of variant-effect severity (as in Sequence
 * Ontology consequence rankings); the numbers are round, chosen before any benchmark run, and not
 * tuned. A genotype scores as its weakest allele: two alleles are needed for a recessive disease,
 * so the pair is only as convincing as the less damaging one.
 */
final class ConsequencePrior2026VariantEvidence implements VariantEvidence {

  private static final Map<VariantConsequence, Double> DAMAGING =
      new EnumMap<>(VariantConsequence.class);

  static {
    DAMAGING.put(VariantConsequence.STRUCTURAL, 1.0);
    DAMAGING.put(VariantConsequence.STOP_GAINED, 1.0);
    DAMAGING.put(VariantConsequence.FRAMESHIFT, 1.0);
    DAMAGING.put(VariantConsequence.SPLICE_SITE, 1.0);
    DAMAGING.put(VariantConsequence.START_LOST, 0.95);
    DAMAGING.put(VariantConsequence.STOP_LOST, 0.9);
    DAMAGING.put(VariantConsequence.INFRAME_INDEL, 0.85);
    DAMAGING.put(VariantConsequence.MISSENSE, 0.6);
    DAMAGING.put(VariantConsequence.CODING_SUBSTITUTION, 0.6);
    DAMAGING.put(VariantConsequence.SPLICE_REGION, 0.5);
    DAMAGING.put(VariantConsequence.NON_CODING_TRANSCRIPT, 0.5);
    DAMAGING.put(VariantConsequence.UNKNOWN, 0.5);
    DAMAGING.put(VariantConsequence.UTR, 0.3);
    DAMAGING.put(VariantConsequence.INTRONIC, 0.3);
    DAMAGING.put(VariantConsequence.UPSTREAM, 0.3);
    DAMAGING.put(VariantConsequence.SYNONYMOUS, 0.1);
  }

  @Override
  public String name() {
    return "consequence-prior-2026";
  }

  @Override
  public double score(List<CausativeVariant> genotype) {
    double weakest = genotype.isEmpty() ? DAMAGING.get(VariantConsequence.UNKNOWN) : 1.0;
    for (CausativeVariant variant : genotype) {
      weakest = Math.min(weakest, DAMAGING.get(variant.consequence()));
    }
    return Math.log10(weakest);
  }
}
