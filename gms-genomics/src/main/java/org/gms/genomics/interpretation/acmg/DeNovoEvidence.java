package org.gms.genomics.interpretation.acmg;

/** What the family says about the variant's origin in the proband, for PS2/PM6. */
public enum DeNovoEvidence {
  /** Not de novo, or not known to be. */
  NONE,
  /**
   * Could be de novo, but the parents (both, or the mother for a male's X) were not genotyped: the
   * origin is untested, so neither PS2 nor PM6 applies.
   */
  PARENTS_NOT_TESTED,
  /** Absent from both parents' genotypes, but maternity and paternity not confirmed. */
  ASSUMED,
  /** De novo in a trio whose parentage the genotypes confirm. */
  CONFIRMED
}
