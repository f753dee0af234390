package org.gms.genomics.cancer.knowledge;

import java.util.Objects;
import org.gms.genomics.cancer.input.Chromosomes;
import org.gms.genomics.cancer.input.SomaticVariant;

/**
 * A part of a protein that CIViC curates as a variant of its own ({@code TP53 DNA Binding Domain
 * Mutation}, {@code FLT3 TKD MUTATION}) and that accepted CIViC evidence ties to an effect: the
 * critical domains of OM1 (Horak et al. 2022, Table 2).
 *
 * @param variant the CIViC variant that names the domain
 * @param firstResidue first protein residue of the domain, or -1 when not mapped
 * @param lastResidue last protein residue of the domain, or -1 when not mapped
 * @param evidence the accepted evidence that makes the domain critical
 */
public record CriticalDomain(
    CivicVariant variant, int firstResidue, int lastResidue, CivicEvidence evidence) {

  public CriticalDomain {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(evidence, "evidence");
    if (firstResidue > lastResidue) {
      throw new IllegalArgumentException(
          "CIViC VID"
              + variant.id()
              + ": first residue "
              + firstResidue
              + " after last "
              + lastResidue);
    }
  }

  /** Whether the domain's residues are known (else only GRCh37 positions can place a variant). */
  public boolean residuesKnown() {
    return firstResidue > 0;
  }

  /**
   * Whether a variant lies in the domain: by its protein position when both are known, otherwise
   * (GRCh37 input only, as CIViC's coordinates are GRCh37) by its genomic position.
   */
  public boolean covers(SomaticVariant v, String build) {
    if (!v.gene().equals(variant.gene())) {
      return false;
    }
    int residue = v.codon();
    if (residuesKnown() && residue > 0) {
      return residue >= firstResidue && residue <= lastResidue;
    }
    return "GRCh37".equals(build)
        && !variant.chromosome().isEmpty()
        && Chromosomes.plain(variant.chromosome()).equals(v.plainChromosome())
        && v.position() >= variant.start()
        && v.position() <= variant.stop();
  }

  /** How a report names the domain: gene, CIViC name, residues and the CIViC variant id. */
  public String describe() {
    return variant.gene()
        + " "
        + variant.name()
        + (residuesKnown() ? " (residues " + firstResidue + "-" + lastResidue + ")" : "")
        + ", CIViC VID"
        + variant.id();
  }
}
