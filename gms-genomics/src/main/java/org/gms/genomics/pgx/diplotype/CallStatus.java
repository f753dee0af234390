package org.gms.genomics.pgx.diplotype;

/** Whether a gene was called, and if not, why. */
public enum CallStatus {
  /** One or more diplotypes explain the genotypes. */
  CALLED,
  /** None of the gene's defined positions has a call. */
  NO_DATA,
  /** A position the definitions require (e.g. for NAT2) has no call. */
  MISSING_REQUIRED_POSITIONS,
  /**
   * A defined position has a variant allele on one copy and no call on the other ({@code ./1}): the
   * diplotype cannot be told.
   */
  INCOMPLETE_GENOTYPE,
  /** The sample carries an allele at a defined position that no named allele uses. */
  UNDOCUMENTED_VARIANT,
  /** No combination of named alleles explains the genotypes. */
  NO_MATCH,
  /**
   * The gene is not called from a VCF of small variants (e.g. CYP2D6, HLA); an outside call is
   * needed.
   */
  OUTSIDE_CALL_REQUIRED,
  /** Given by an outside call, not called from the VCF. */
  OUTSIDE_CALL
}
