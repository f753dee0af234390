package org.gms.genomics.interpretation.inheritance;

/**
 * The mode of inheritance of a gene-disease association, as gene panels record it (for PanelApp:
 * monoallelic, biallelic, X-linked, mitochondrial).
 */
public enum InheritanceMode {
  AUTOSOMAL_DOMINANT,
  AUTOSOMAL_RECESSIVE,
  X_LINKED_DOMINANT,
  X_LINKED_RECESSIVE,
  MITOCHONDRIAL
}
