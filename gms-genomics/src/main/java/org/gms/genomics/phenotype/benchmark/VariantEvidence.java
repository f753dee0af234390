package org.gms.genomics.phenotype.benchmark;

import java.util.List;
import org.gms.genomics.phenotype.phenopacket.CausativeVariant;

/**
 * How strongly a candidate genotype (the variants a patient carries in one gene) speaks for that
 * gene being the cause, on the same log10 likelihood-ratio scale as the phenotype score, so that
 * the two add up. The benchmark's stand-in for the variant interpretation engine, which will
 * provide its own implementation from annotated variants.
 */
public interface VariantEvidence {

  /** The model and its version, as printed in reports. */
  String name();

  /** log10 likelihood ratio of the genotype; 0 is neutral, negative counts against. */
  double score(List<CausativeVariant> genotype);

  /** Consequence classes only (see {@link ConsequencePrior2026VariantEvidence}). */
  static VariantEvidence consequencePrior() {
    return new ConsequencePrior2026VariantEvidence();
  }
}
