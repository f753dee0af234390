package org.gms.genomics.pgx.phenotype;

/** Who published a phenotype table or guideline. */
public enum GuidelineSource {
  /** Clinical Pharmacogenetics Implementation Consortium. */
  CPIC,
  /** Dutch Pharmacogenetics Working Group (as annotated by ClinPGx). */
  DPWG
}
