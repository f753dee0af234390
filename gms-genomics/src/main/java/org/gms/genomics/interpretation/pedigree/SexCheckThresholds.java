package org.gms.genomics.interpretation.pedigree;

/**
 * When X-chromosome calls contradict a recorded sex.
 *
 * @param minimumSites fewer diploid non-reference X calls than this give no verdict (and a female
 *     may have up to this many haploid calls, for callers that write a few)
 * @param maleMaximumHeterozygousFraction above this heterozygous fraction a male is flagged
 * @param femaleMinimumHeterozygousFraction below this heterozygous fraction a female is flagged
 */
public record SexCheckThresholds(
    int minimumSites,
    double maleMaximumHeterozygousFraction,
    double femaleMinimumHeterozygousFraction) {

  public SexCheckThresholds {
    if (minimumSites < 1) {
      throw new IllegalArgumentException("minimumSites must be at least 1; got " + minimumSites);
    }
    if (!(femaleMinimumHeterozygousFraction >= 0
        && femaleMinimumHeterozygousFraction < maleMaximumHeterozygousFraction
        && maleMaximumHeterozygousFraction <= 1)) {
      throw new IllegalArgumentException(
          "Need 0 <= female minimum < male maximum <= 1; got "
              + femaleMinimumHeterozygousFraction
              + " and "
              + maleMaximumHeterozygousFraction);
    }
  }

  /**
   * 20 sites; a male is flagged above 25% heterozygous calls, a female below 5%. A project choice,
   * deliberately loose: mapping artefacts (X-transposed and duplicated regions) give true males
   * some heterozygous calls, and a female's share depends on the capture and the population.
   */
  public static SexCheckThresholds defaults() {
    return new SexCheckThresholds(20, 0.25, 0.05);
  }
}
