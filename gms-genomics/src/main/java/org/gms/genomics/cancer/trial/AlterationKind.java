package org.gms.genomics.cancer.trial;

/** What kind of alteration a case carries, as CTML's {@code variant_category} names them. */
public enum AlterationKind {
  /** A small variant: SNV, indel (CTML {@code Mutation}). */
  MUTATION,
  /** A copy-number change (CTML {@code Copy Number Variation}, {@code CNV}). */
  CNA,
  /** A fusion or other structural variant (CTML {@code Structural Variation}, {@code SV}). */
  FUSION
}
