package org.gms.genomics.interpretation;

import java.util.Set;

/**
 * The variant filters before inheritance and classification.
 *
 * @param requirePass keep only records whose FILTER is PASS (or {@code .})
 * @param minimumQuality QUAL at least this (0: no limit)
 * @param minimumGenotypeQuality the proband's GQ at least this, when given
 * @param minimumDepth the proband's DP at least this, when given
 * @param maximumFrequencyDominant population allele frequency at most this for dominant, X-linked,
 *     de novo and mitochondrial patterns
 * @param maximumFrequencyRecessive and at most this for autosomal recessive patterns
 * @param consequences Sequence Ontology terms kept; others only when SpliceAI predicts a splicing
 *     effect (>= 0.2), and mitochondrial variants always
 */
public record FilterSettings(
    boolean requirePass,
    double minimumQuality,
    int minimumGenotypeQuality,
    int minimumDepth,
    double maximumFrequencyDominant,
    double maximumFrequencyRecessive,
    Set<String> consequences) {

  /** Protein-altering and splice-site consequences. */
  public static final Set<String> PROTEIN_ALTERING_OR_SPLICE =
      Set.of(
          "transcript_ablation",
          "splice_acceptor_variant",
          "splice_donor_variant",
          "stop_gained",
          "frameshift_variant",
          "stop_lost",
          "start_lost",
          "inframe_insertion",
          "inframe_deletion",
          "missense_variant",
          "protein_altering_variant",
          "incomplete_terminal_codon_variant",
          "splice_region_variant",
          "splice_donor_5th_base_variant",
          "splice_donor_region_variant",
          "splice_polypyrimidine_tract_variant");

  public FilterSettings {
    consequences = Set.copyOf(consequences);
    if (!(0 <= maximumFrequencyDominant
        && maximumFrequencyDominant <= maximumFrequencyRecessive
        && maximumFrequencyRecessive <= 1)) {
      throw new IllegalArgumentException("Need 0 <= dominant <= recessive maximum frequency <= 1");
    }
    if (consequences.isEmpty()) {
      throw new IllegalArgumentException("At least one consequence term must be kept");
    }
  }

  /**
   * PASS only, no QUAL limit, GQ >= 20, DP >= 10, frequency <= 0.1% (dominant patterns) or <= 1%
   * (recessive), protein-altering or splice consequences.
   */
  public static FilterSettings defaults() {
    return new FilterSettings(true, 0, 20, 10, 0.001, 0.01, PROTEIN_ALTERING_OR_SPLICE);
  }

  public FilterSettings withMaximumFrequencies(double dominant, double recessive) {
    return new FilterSettings(
        requirePass,
        minimumQuality,
        minimumGenotypeQuality,
        minimumDepth,
        dominant,
        recessive,
        consequences);
  }
}
