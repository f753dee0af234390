package org.gms.genomics.interpretation.pedigree;

import java.util.Locale;

/**
 * One sample's non-reference calls on X outside the pseudoautosomal regions.
 *
 * @param heterozygous diploid calls with two different alleles
 * @param homozygous diploid calls with two copies of one ALT allele
 * @param haploid calls with a single ALT allele (hemizygous)
 */
public record XChromosomeCalls(String sample, int heterozygous, int homozygous, int haploid) {

  public int diploidNonReference() {
    return heterozygous + homozygous;
  }

  /** Heterozygous calls among diploid non-reference calls (0 when there are none). */
  public double heterozygousFraction() {
    int total = diploidNonReference();
    return total == 0 ? 0 : (double) heterozygous / total;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d heterozygous, %d homozygous, %d haploid",
        heterozygous,
        homozygous,
        haploid);
  }
}
