package org.gms.genomics.pgx.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named allele of a gene (a star allele such as {@code *2}, or a variant allele such as {@code
 * c.2846A>T}), as the bases it has at each of the gene's defined positions.
 *
 * @param name the name exactly as in the definition file
 * @param id the ClinPGx identifier, or null
 * @param reference whether this is the gene's reference allele (every position given)
 * @param bases one entry per defined position of the gene, in the gene's order: a VCF allele, an
 *     IUPAC ambiguity code for one of several bases, or null when the definition does not constrain
 *     the position (it then has the reference allele's base)
 */
public record NamedAllele(String name, String id, boolean reference, List<String> bases) {

  public NamedAllele {
    Objects.requireNonNull(name, "name");
    bases = Collections.unmodifiableList(new ArrayList<>(bases));
  }

  /** How many positions the definition gives a base for. */
  public int definedCount() {
    return (int) bases.stream().filter(Objects::nonNull).count();
  }
}
