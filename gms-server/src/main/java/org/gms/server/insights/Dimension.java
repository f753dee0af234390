package org.gms.server.insights;

import java.util.Locale;

/** What figures are broken down by. */
public enum Dimension {
  ALL("'All'"),
  INDICATION("indication"),
  TEST("test_code"),
  METHOD("test_method"),
  TEST_GROUP("test_group"),
  LABORATORY("laboratory"),
  ORGANISATION("organisation"),
  GEOGRAPHY("geography"),
  URGENCY("urgency"),
  AGE_BAND("age_band"),
  SEX("sex"),
  /** The test method and urgency, which set the turnaround target. */
  TARGET("target"),
  /**
   * The patient's ethnic group: the five high-level groups of Census 2021, into which the NHS Data
   * Dictionary ethnic category codes are mapped; "Not stated", "Not known" and "Not recorded"
   * apart.
   */
  ETHNIC_GROUP("ethnic_group"),
  /** The patient's deprivation decile (English Indices of Deprivation 2019), or "Not recorded". */
  IMD_DECILE("imd_decile");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  /** The column of the insights table holding it (a fixed identifier, never user input). */
  public String column() {
    return column;
  }

  /** Parses {@code geography}, {@code test-group}, ... as in URLs. */
  public static Dimension parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new org.gms.server.GmsException(
          "Unknown dimension '"
              + text
              + "': use one of all, indication, test, method, test-group, laboratory,"
              + " organisation, geography, urgency, age-band, sex, target, ethnic-group,"
              + " imd-decile.");
    }
  }
}
