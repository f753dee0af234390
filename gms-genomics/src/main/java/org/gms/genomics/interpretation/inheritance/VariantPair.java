package org.gms.genomics.interpretation.inheritance;

/** Two variants of one gene judged together as a possible compound heterozygote. */
public record VariantPair(FamilyVariant first, FamilyVariant second, SegregationResult result) {

  public VariantPair {
    if (first == null || second == null || result == null) {
      throw new IllegalArgumentException("A variant pair needs both variants and a result");
    }
  }

  public Fit fit() {
    return result.fit();
  }
}
