package org.gms.server.oncology;

/** What a cancer case's sample is. */
public enum TumourSampleType {
  /** Formalin-fixed paraffin-embedded tumour tissue. */
  FFPE,
  /** Fresh frozen tumour tissue. */
  FRESH_FROZEN,
  /** Plasma for circulating tumour DNA. */
  PLASMA_CTDNA,
  /** Bone marrow (haematological cancers). */
  BONE_MARROW,
  /** Blood for the germline (normal) comparison. */
  BLOOD_GERMLINE;

  /** True for the samples that carry tumour DNA. */
  public boolean tumour() {
    return this != BLOOD_GERMLINE;
  }
}
