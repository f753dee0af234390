package org.gms.genomics.interpretation;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * How well the proband's phenotype (HPO terms) matches each gene's diseases, from the phenotype
 * engine, as a number from 0 (no match) to 1 (as specific as it gets). An engine that gives a
 * likelihood ratio LR per gene maps it into this range as LR / (1 + LR). Genes without a score are
 * treated as unscored, not as 0.
 */
public interface PhenotypeScores {

  OptionalDouble score(String gene);

  /** No phenotype given: ranking rests on variant evidence and inheritance. */
  static PhenotypeScores none() {
    return gene -> OptionalDouble.empty();
  }

  static PhenotypeScores of(Map<String, Double> byGene) {
    Map<String, Double> copy = Map.copyOf(byGene);
    copy.forEach(
        (gene, score) -> {
          if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(
                "Phenotype score for " + gene + " must lie in [0, 1]; got " + score);
          }
        });
    return gene -> {
      Double score = copy.get(gene);
      return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    };
  }

  /** Likelihood ratios per gene, mapped to LR / (1 + LR). */
  static PhenotypeScores fromLikelihoodRatios(Map<String, Double> ratios) {
    Map<String, Double> scores = new java.util.HashMap<>();
    ratios.forEach(
        (gene, ratio) -> {
          if (!(ratio >= 0)) {
            throw new IllegalArgumentException("Likelihood ratio for " + gene + " must be >= 0");
          }
          scores.put(gene, ratio.isInfinite() ? 1.0 : ratio / (1 + ratio));
        });
    return of(scores);
  }
}
