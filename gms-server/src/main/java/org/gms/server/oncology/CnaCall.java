package org.gms.server.oncology;

/** A gene's copy-number call, in CTML's terms ({@code cnv_call}). */
public enum CnaCall {
  HIGH_LEVEL_AMPLIFICATION,
  GAIN,
  HETEROZYGOUS_DELETION,
  HOMOZYGOUS_DELETION
}
