package org.gms.genomics.pgx.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A variant position used by a gene's allele definitions, in VCF coordinates on GRCh38: {@code
 * position} is the 1-based VCF POS (for an insertion or deletion, the padding base before it), and
 * {@code ref} and {@code alts} are spelled as VCF alleles.
 *
 * @param chromosome the chromosome as the definitions name it (for example {@code chr10})
 * @param position 1-based VCF position
 * @param rsid the dbSNP identifier, or null when there is none
 * @param hgvs the genomic HGVS name, for example {@code g.94761900C>T}
 * @param ref the GRCh38 reference allele
 * @param alts the alternate alleles the definitions use
 */
public record DefinedPosition(
    String chromosome, long position, String rsid, String hgvs, String ref, List<String> alts) {

  public DefinedPosition {
    Objects.requireNonNull(chromosome, "chromosome");
    Objects.requireNonNull(ref, "ref");
    if (position < 1) {
      throw new IllegalArgumentException("Positions are 1-based; got " + position);
    }
    alts = List.copyOf(alts);
  }

  /** REF followed by the ALT alleles: the alleles a sample may carry here without being novel. */
  public List<String> knownAlleles() {
    List<String> known = new ArrayList<>(alts.size() + 1);
    known.add(ref);
    known.addAll(alts);
    return known;
  }

  /** For people: {@code chr10:94761900 (rs12248560)}. */
  public String label() {
    return chromosome + ":" + position + (rsid == null ? "" : " (" + rsid + ")");
  }
}
