package org.gms.genomics.reference;

/** The reference assembly that coordinates refer to. Inputs of different builds never mix. */
public enum GenomeBuild {
  GRCh37,
  GRCh38
}
