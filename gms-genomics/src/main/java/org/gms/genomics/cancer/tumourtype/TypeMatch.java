package org.gms.genomics.cancer.tumourtype;

/** How evidence recorded for one disease relates to the patient's tumour type. */
public enum TypeMatch {
  /**
   * The same type, a parent of it (evidence for a parent applies to its children), or a subtype of
   * it (the given type is broader, and the patient's subtype is not known to be another).
   */
  SAME,
  /** Pan-cancer ("cancer") or solid-tumour evidence for a solid tumour. */
  PAN_CANCER,
  /** Another tumour type. */
  OTHER
}
