package org.gms.genomics.pgx.genotype;

import java.util.List;
import java.util.Objects;

/**
 * A sample's call at one GRCh38 position: one allele per chromosome copy, each spelled as a VCF
 * allele (for example {@code C}, {@code T} or {@code CAATGGAAAGA}). A position that was not called
 * has no {@code PositionGenotype} at all.
 *
 * @param alleles one allele (haploid: chrX in males, chrM) or two (diploid), in GT order
 * @param phased whether the alleles are phased (VCF {@code |}); the first allele is then on the
 *     first haplotype
 * @param phaseSet the VCF PS value for phased calls, 0 when none is given (one phase set per
 *     sample)
 */
public record PositionGenotype(List<String> alleles, boolean phased, long phaseSet) {

  public PositionGenotype {
    alleles = List.copyOf(alleles);
    if (alleles.isEmpty() || alleles.size() > 2) {
      throw new IllegalArgumentException(
          "A call has one or two alleles (haploid or diploid); got " + alleles);
    }
    alleles.forEach(a -> Objects.requireNonNull(a, "allele"));
  }

  public static PositionGenotype unphased(String first, String second) {
    return new PositionGenotype(List.of(first, second), false, 0);
  }

  public static PositionGenotype phased(String first, String second) {
    return new PositionGenotype(List.of(first, second), true, 0);
  }

  /** The allele written for the copy without a call in a half call ({@code ./1}). */
  public static final String NOT_CALLED = ".";

  /**
   * A half call: a variant allele on one copy and no call on the other ({@code ./1}). Matching
   * reads the position as missing, and such a call of a variant stops the gene's call.
   */
  public static PositionGenotype halfCalled(String allele) {
    return new PositionGenotype(List.of(allele, NOT_CALLED), false, 0);
  }

  /** Whether one copy has no call (see {@link #halfCalled}). */
  public boolean halfCalled() {
    return alleles.contains(NOT_CALLED);
  }

  public static PositionGenotype haploid(String allele) {
    return new PositionGenotype(List.of(allele), true, 0);
  }

  public boolean haploid() {
    return alleles.size() == 1;
  }

  public boolean homozygous() {
    return haploid() || alleles.get(0).equals(alleles.get(1));
  }

  public String first() {
    return alleles.get(0);
  }

  /** The second allele; the first again for a haploid call. */
  public String second() {
    return alleles.get(alleles.size() - 1);
  }

  /** VCF-like text: {@code C/T}, {@code C|T} or {@code C}. */
  @Override
  public String toString() {
    return String.join(phased ? "|" : "/", alleles);
  }
}
