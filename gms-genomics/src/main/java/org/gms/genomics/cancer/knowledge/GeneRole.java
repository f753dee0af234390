package org.gms.genomics.cancer.knowledge;

/** A cancer gene's mode of action. */
public enum GeneRole {
  ONCOGENE,
  TUMOUR_SUPPRESSOR,
  /** A driver gene acting either way, or with no majority. */
  AMBIGUOUS,
  /** Not a driver gene in the compendium. */
  NONE
}
