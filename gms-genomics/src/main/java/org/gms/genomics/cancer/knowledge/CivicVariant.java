package org.gms.genomics.cancer.knowledge;

import java.util.List;

/**
 * A CIViC variant (VariantSummaries): gene, name (e.g. {@code V600E}, {@code V600}, {@code Exon 19
 * Deletion}, {@code Amplification}, {@code EML4::ALK}) and GRCh37 coordinates when it has them.
 */
public record CivicVariant(
    int id,
    String gene,
    String name,
    String chromosome,
    long start,
    long stop,
    String ref,
    String alt,
    List<String> types,
    List<String> aliases) {

  public CivicVariant {
    types = List.copyOf(types);
    aliases = List.copyOf(aliases);
  }
}
