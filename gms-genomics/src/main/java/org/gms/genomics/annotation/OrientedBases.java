package org.gms.genomics.annotation;

/**
 * Bases read in a transcript's orientation, addressed by oriented genomic coordinate: {@code g} on
 * plus-strand transcripts and {@code -g} on minus-strand ones, so that "3'" is always "higher".
 */
interface OrientedBases {

  /** The base at an oriented coordinate, or {@code 0} when it is not known. */
  char at(long oriented);
}
