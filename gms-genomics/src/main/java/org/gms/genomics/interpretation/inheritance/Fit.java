package org.gms.genomics.interpretation.inheritance;

/** How well a family's genotypes fit a mode of inheritance, best first. */
public enum Fit {
  /** Every genotype needed is present and consistent. */
  YES,
  /**
   * Nothing contradicts it, but missing calls, missing relatives or unknown phase leave it open.
   */
  POSSIBLE,
  /** A genotype contradicts it. */
  NO
}
