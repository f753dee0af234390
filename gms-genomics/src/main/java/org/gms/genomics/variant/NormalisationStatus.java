package org.gms.genomics.variant;

/** What normalisation did to a variant, and whether the result is known to be leftmost. */
public enum NormalisationStatus {
  /** Already minimal: nothing to trim and, for an indel, the reference shows it cannot shift. */
  UNCHANGED,
  /** Bases shared by REF and ALT were removed; the result is minimal and leftmost. */
  TRIMMED,
  /** An indel in a repeat was moved to its leftmost equivalent position (using the reference). */
  LEFT_ALIGNED,
  /**
   * Trimmed as far as the alleles allow, but the reference does not cover the bases needed to
   * left-align the indel, so it may not be in its leftmost position.
   */
  REFERENCE_UNAVAILABLE
}
