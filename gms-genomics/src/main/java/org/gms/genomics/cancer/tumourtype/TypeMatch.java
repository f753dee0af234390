package org.gms.genomics.cancer.tumourtype;

/** How evidence recorded for one disease relates to the patient's tumour type. */
public enum TypeMatch {
  /** The same type, or a parent of it (evidence for a parent applies to its children). */
  SAME,
  /** Pan-cancer ("cancer") or solid-tumour evidence for a solid tumour. */
  PAN_CANCER,
  /** Another tumour type. */
  OTHER
}
