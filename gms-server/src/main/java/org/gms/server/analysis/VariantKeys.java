package org.gms.server.analysis;

import org.gms.genomics.variant.VariantKey;

/**
 * The key under which a report records a GRCh38 VCF allele in the patient's record: normalised
 * (trimmed and left-aligned) against the analysis reference where that reference covers the site,
 * and trimmed only elsewhere. Other features key their knowledge the same way so that it meets the
 * recorded variants.
 */
public interface VariantKeys {

  /**
   * @throws IllegalArgumentException naming what is wrong, for alleles that are not DNA bases
   */
  VariantKey grch38(String contig, long position, String ref, String alt);

  /** Whether the analysis reference covers the contig and position (so indels are left-aligned). */
  boolean covers(String contig, long position);
}
