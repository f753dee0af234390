package org.gms.genomics.annotation;

/**
 * Bases of one exon or intron read in the transcript's orientation, addressed by oriented genomic
 * coordinate: {@code g} on plus-strand transcripts and {@code -g} on minus-strand ones, so that
 * "3'" is always "higher". Indels are shifted only within {@code first..last}.
 */
interface OrientedBases {

  /** Lowest oriented coordinate of the region (its 5' end). */
  long first();

  /** Highest oriented coordinate of the region (its 3' end). */
  long last();

  /** The base at an oriented coordinate inside the region, or {@code 0} when it is not known. */
  char at(long oriented);
}
