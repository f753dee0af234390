package org.gms.genomics.interpretation.inheritance;

/**
 * Which copy of a chromosome carries a heterozygous ALT allele, within a phase set: two variants of
 * the same sample and phase set with the same {@code haplotype} are in cis, with different ones in
 * trans. Across phase sets, phase is unknown.
 *
 * @param set the phase set (VCF FORMAT PS, or GATK's physical phasing id PID)
 * @param haplotype 0 or 1: the position of the ALT allele in the phased genotype
 */
public record Phase(String set, int haplotype) {

  public Phase {
    if (set == null || set.isEmpty()) {
      throw new IllegalArgumentException("A phase needs a phase set");
    }
    if (haplotype != 0 && haplotype != 1) {
      throw new IllegalArgumentException("Haplotype must be 0 or 1; got " + haplotype);
    }
  }

  public boolean sameSet(Phase other) {
    return set.equals(other.set);
  }
}
