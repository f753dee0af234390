package org.gms.server.analysis;

/** Which analysis a run does. */
public enum AnalysisKind {
  /** Annotation, filters, inheritance, ACMG/ACGS classification and phenotype ranking. */
  RARE_DISEASE,
  /** Star-allele calling and CPIC/DPWG recommendations, stored in the patient's record. */
  PHARMACOGENOMICS
}
