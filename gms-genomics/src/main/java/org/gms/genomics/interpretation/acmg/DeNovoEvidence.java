package org.gms.genomics.interpretation.acmg;

/** What the family says about the variant's origin in the proband, for PS2/PM6. */
public enum DeNovoEvidence {
  /** Not de novo, or not known to be. */
  NONE,
  /** De novo, but maternity and paternity not confirmed (or a parent not sequenced). */
  ASSUMED,
  /** De novo in a trio whose parentage the genotypes confirm. */
  CONFIRMED
}
