package org.gms.genomics.interpretation.acmg;

/** Whether evidence argues for or against pathogenicity. */
public enum Direction {
  PATHOGENIC,
  BENIGN
}
