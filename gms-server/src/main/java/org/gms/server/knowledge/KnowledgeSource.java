package org.gms.server.knowledge;

/** What a knowledge version is a version of. */
public enum KnowledgeSource {
  /** A ClinVar VCF release: per-allele classifications. */
  CLINVAR,
  /** PanelApp panel versions (imported by the directory feature). */
  PANEL,
  /** HPO gene-disease annotations ({@code genes_to_phenotype.txt}). */
  HPO,
  /** The variant classifier's guideline and version. */
  CLASSIFIER
}
