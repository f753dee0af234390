package org.gms.genomics.constraint;

import java.util.OptionalDouble;

/**
 * A gene's intolerance of loss-of-function variation in gnomAD.
 *
 * @param pLI probability of being loss-of-function intolerant (Lek et al. 2016)
 * @param loeuf upper bound of the 90% confidence interval of observed/expected LoF variants
 *     (Karczewski et al. 2020)
 */
public record GeneConstraint(String gene, OptionalDouble pLI, OptionalDouble loeuf) {

  /** gnomAD's suggested threshold for Mendelian interpretation: LOEUF below 0.35. */
  public static final double LOEUF_INTOLERANT = 0.35;

  /** The conventional pLI threshold, used when LOEUF is missing. */
  public static final double PLI_INTOLERANT = 0.9;

  public GeneConstraint {
    if (gene == null || gene.isBlank()) {
      throw new IllegalArgumentException("A constraint needs a gene symbol");
    }
  }

  public boolean intolerant() {
    if (loeuf.isPresent()) {
      return loeuf.getAsDouble() < LOEUF_INTOLERANT;
    }
    return pLI.isPresent() && pLI.getAsDouble() >= PLI_INTOLERANT;
  }
}
