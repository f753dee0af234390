package org.gms.genomics.interpretation.acmg;

/** The five classes of Richards et al. 2015, most pathogenic first. */
public enum AcmgClass {
  PATHOGENIC("P", "Pathogenic"),
  LIKELY_PATHOGENIC("LP", "Likely pathogenic"),
  UNCERTAIN_SIGNIFICANCE("VUS", "Uncertain significance"),
  LIKELY_BENIGN("LB", "Likely benign"),
  BENIGN("B", "Benign");

  private final String abbreviation;
  private final String displayName;

  AcmgClass(String abbreviation, String displayName) {
    this.abbreviation = abbreviation;
    this.displayName = displayName;
  }

  public String abbreviation() {
    return abbreviation;
  }

  public String displayName() {
    return displayName;
  }

  public boolean atLeastLikelyPathogenic() {
    return this == PATHOGENIC || this == LIKELY_PATHOGENIC;
  }
}
