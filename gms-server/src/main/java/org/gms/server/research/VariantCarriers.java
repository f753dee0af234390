package org.gms.server.research;

import java.util.Set;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.record.NhsNumber;

/**
 * Who carries one variant, as loaded into the research genotype store.
 *
 * @param heterozygous patients with one copy
 * @param homozygous patients with two copies (or one on a haploid contig)
 */
public record VariantCarriers(
    VariantKey key, Set<NhsNumber> heterozygous, Set<NhsNumber> homozygous) {

  public VariantCarriers {
    if (key == null) {
      throw new IllegalArgumentException("A variant's carriers need the variant's key");
    }
    heterozygous = Set.copyOf(heterozygous);
    homozygous = Set.copyOf(homozygous);
  }
}
