package org.gms.server.oncology;

/**
 * What kind of alteration a reported finding is, in the terms clinical trial criteria use (CTML's
 * {@code variant_category}).
 */
public enum VariantCategory {
  /** A small variant: SNV, MNV or indel. */
  MUTATION,
  /** A copy-number change of a gene ({@link ReportedFinding#cnaCall()} says which). */
  CNA,
  /** A gene fusion or other structural rearrangement. */
  FUSION
}
