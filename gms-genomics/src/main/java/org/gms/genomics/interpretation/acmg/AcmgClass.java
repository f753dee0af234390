package org.gms.genomics.interpretation.acmg;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The five classes of Richards et al. 2015, most pathogenic first. Written as their abbreviation
 * (P, LP, VUS, LB, B) in JSON and in the database.
 */
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

  @JsonValue
  public String abbreviation() {
    return abbreviation;
  }

  public String displayName() {
    return displayName;
  }

  public boolean atLeastLikelyPathogenic() {
    return this == PATHOGENIC || this == LIKELY_PATHOGENIC;
  }

  /** The class written as P, LP, VUS, LB or B (any case); empty for anything else. */
  public static Optional<AcmgClass> fromAbbreviation(String text) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (AcmgClass acmgClass : values()) {
      if (acmgClass.abbreviation.equals(wanted)) {
        return Optional.of(acmgClass);
      }
    }
    return Optional.empty();
  }
}
