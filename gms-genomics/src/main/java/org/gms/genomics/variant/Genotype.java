package org.gms.genomics.variant;

import java.util.List;

/**
 * A sample's called alleles at one record, as VCF GT: indexes into REF (0) and ALT (1..n), with
 * {@link #MISSING} for '.'.
 *
 * @param alleles one index per chromosome copy, in the order written
 * @param phased whether the alleles are phased ('|')
 */
public record Genotype(List<Integer> alleles, boolean phased) {

  public static final int MISSING = -1;

  public Genotype {
    alleles = List.copyOf(alleles);
    for (int allele : alleles) {
      if (allele < MISSING) {
        throw new IllegalArgumentException("Allele index must be >= 0 or missing; got " + allele);
      }
    }
  }

  public boolean isCalled() {
    return !alleles.isEmpty() && alleles.stream().noneMatch(a -> a == MISSING);
  }

  /** How many copies of the given allele index the sample carries. */
  public int copiesOf(int allele) {
    return (int) alleles.stream().filter(a -> a == allele).count();
  }
}
