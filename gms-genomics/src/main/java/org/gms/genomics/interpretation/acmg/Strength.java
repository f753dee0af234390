package org.gms.genomics.interpretation.acmg;

/**
 * The weight of one piece of evidence. Points are those of the Bayesian framework (Tavtigian et al.
 * 2018, Genet Med 20:1054; points: Tavtigian et al. 2020, Hum Mutat 41:1734): each step up doubles
 * the exponent of the odds of pathogenicity (supporting 2.08:1, moderate 4.33:1, strong 18.7:1,
 * very strong 350:1).
 */
public enum Strength {
  SUPPORTING(1, "Supporting"),
  MODERATE(2, "Moderate"),
  STRONG(4, "Strong"),
  VERY_STRONG(8, "VeryStrong"),
  /** BA1 only: classifies a variant benign on its own, outside the points scale. */
  STAND_ALONE(0, "StandAlone");

  private final int points;
  private final String label;

  Strength(int points, String label) {
    this.points = points;
    this.label = label;
  }

  /** Unsigned points; 0 for {@link #STAND_ALONE}, which is not on the scale. */
  public int points() {
    return points;
  }

  /** The suffix used for a modified strength, as in {@code PM2_Supporting}. */
  public String label() {
    return label;
  }
}
