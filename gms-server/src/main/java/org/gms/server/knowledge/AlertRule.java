package org.gms.server.knowledge;

/** The rules that raise re-analysis alerts. */
public enum AlertRule {
  /** ClinVar now classifies as pathogenic or likely pathogenic a variant reported as less. */
  CLINVAR_NOW_PATHOGENIC,
  /** ClinVar now classifies as benign or likely benign a variant reported as pathogenic or VUS. */
  CLINVAR_NOW_BENIGN,
  /** ClinVar now calls uncertain (or conflicting) a variant reported as (likely) pathogenic. */
  CLINVAR_NOW_UNCERTAIN,
  /**
   * An unsolved case's phenotype ranks among its best a gene with a gene-disease link new in this
   * HPO release, where the previous release did not rank it so.
   */
  HPO_NEW_GENE_MATCH,
  /**
   * A gene is green on the current version of an unsolved case's panel but was not green (or not on
   * it) in the panel version the case's analysis used.
   */
  PANEL_NEW_GREEN_GENE,
  /**
   * The classifier in use now combines a reported variant's stored evidence into another class than
   * the classifier that computed it did.
   */
  CLASSIFIER_NEW_CLASS
}
