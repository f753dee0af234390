package org.gms.genomics.interpretation.inheritance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.VcfRecord;

/**
 * One individual's call at one ALT allele of a record (multi-allelic records are looked at one ALT
 * at a time: a {@code 1/2} genotype holds one copy of ALT 1).
 *
 * @param genotype GT
 * @param altAllele the index of the ALT allele looked at (1 for the first ALT)
 * @param genotypeQuality GQ, when given
 * @param depth DP, when given
 * @param alleleDepths AD (REF first), empty when not given
 * @param phase the haplotype carrying the ALT allele, for a phased heterozygous call; else null
 */
public record SampleCall(
    Genotype genotype,
    int altAllele,
    OptionalInt genotypeQuality,
    OptionalInt depth,
    List<Integer> alleleDepths,
    Phase phase) {

  /** The phase set VCF assigns to phased genotypes that carry no PS field. */
  static final String DEFAULT_PHASE_SET = "*";

  public SampleCall {
    if (genotype == null) {
      throw new IllegalArgumentException("A call needs a genotype");
    }
    if (altAllele < 1) {
      throw new IllegalArgumentException("ALT allele indexes start at 1; got " + altAllele);
    }
    alleleDepths = List.copyOf(alleleDepths);
  }

  /**
   * Reads one sample's call for one ALT allele. Phase comes from a phased GT (with FORMAT PS as the
   * phase set; without PS, VCF puts all phased genotypes of a sample in one set) or, for unphased
   * GT, from GATK's physical phasing (FORMAT PGT with PID as the phase set).
   */
  public static SampleCall fromVcf(VcfRecord record, int sample, int altAllele) {
    Genotype genotype = record.genotype(sample);
    Phase phase;
    if (genotype.phased()) {
      OptionalLong ps = record.phaseSet(sample);
      phase = phaseOf(genotype, altAllele, ps.isPresent() ? Long.toString(ps.getAsLong()) : null);
    } else {
      phase = physicalPhase(record, sample, genotype, altAllele);
    }
    return new SampleCall(
        genotype,
        altAllele,
        record.genotypeQuality(sample),
        record.depth(sample),
        record.alleleDepths(sample),
        phase);
  }

  public boolean isCalled() {
    return genotype.isCalled();
  }

  public int ploidy() {
    return genotype.alleles().size();
  }

  /** Copies of the ALT allele (0 for no-calls; check {@link #isCalled} first). */
  public int altCopies() {
    return genotype.copiesOf(altAllele);
  }

  /** Called with at least one copy of the ALT allele. */
  public boolean carries() {
    return isCalled() && altCopies() > 0;
  }

  /** Called without the ALT allele. */
  public boolean lacks() {
    return isCalled() && altCopies() == 0;
  }

  /** Diploid with exactly one copy of the ALT allele. */
  public boolean isHeterozygous() {
    return isCalled() && ploidy() == 2 && altCopies() == 1;
  }

  /** Diploid with two copies of the ALT allele. */
  public boolean isHomozygous() {
    return isCalled() && ploidy() == 2 && altCopies() == 2;
  }

  /** Reads supporting the ALT allele, when AD is given. */
  public OptionalInt altReads() {
    if (alleleDepths.size() <= altAllele || alleleDepths.get(altAllele) < 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(alleleDepths.get(altAllele));
  }

  /** ALT reads over all reads counted in AD, when AD is given and not all zero. */
  public OptionalDouble alleleBalance() {
    int total = alleleDepths.stream().filter(d -> d > 0).mapToInt(Integer::intValue).sum();
    OptionalInt alt = altReads();
    return alt.isEmpty() || total == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) alt.getAsInt() / total);
  }

  @Override
  public String toString() {
    if (!isCalled() && genotype.alleles().isEmpty()) {
      return "no call";
    }
    StringBuilder text = new StringBuilder();
    for (int allele : genotype.alleles()) {
      if (!text.isEmpty()) {
        text.append(genotype.phased() ? '|' : '/');
      }
      text.append(allele == Genotype.MISSING ? "." : Integer.toString(allele));
    }
    return text.toString();
  }

  private static Phase phaseOf(Genotype genotype, int altAllele, String set) {
    if (!genotype.phased() || genotype.alleles().size() != 2 || genotype.copiesOf(altAllele) != 1) {
      return null;
    }
    return new Phase(set == null ? DEFAULT_PHASE_SET : set, genotype.alleles().indexOf(altAllele));
  }

  private static Phase physicalPhase(
      VcfRecord record, int sample, Genotype genotype, int altAllele) {
    Optional<String> pgt = record.sampleValue(sample, "PGT");
    Optional<String> pid = record.sampleValue(sample, "PID");
    if (pgt.isEmpty() || pid.isEmpty()) {
      return null;
    }
    String[] alleles = pgt.get().split("\\|", -1);
    if (alleles.length != 2 || !pgt.get().contains("|")) {
      return null;
    }
    int first;
    int second;
    try {
      first = Integer.parseInt(alleles[0]);
      second = Integer.parseInt(alleles[1]);
    } catch (NumberFormatException e) {
      return null; // not a usable physical phase: treat the call as unphased
    }
    Genotype physical = new Genotype(List.of(first, second), true);
    boolean sameAlleles =
        genotype.copiesOf(first) == physical.copiesOf(first)
            && genotype.copiesOf(second) == physical.copiesOf(second);
    return sameAlleles ? phaseOf(physical, altAllele, "PID:" + pid.get()) : null;
  }
}
