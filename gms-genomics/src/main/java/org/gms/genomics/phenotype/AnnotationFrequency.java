package org.gms.genomics.phenotype;

import java.util.Map;

/**
 * Reads the frequency column of the HPO annotation files into a probability (0..1), or NaN when the
 * file gives none. Three forms occur: an HPO frequency term, {@code n/m} patients, and {@code x%}.
 * Frequency terms become the middle of their published range. A count {@code n/m} becomes Laplace's
 * rule-of-succession estimate {@code (n+1)/(m+2)}: many counts come from one or two reported
 * patients, and "1/1" does not mean every patient has the feature, nor "0/3" none.
 */
final class AnnotationFrequency {

  /** No frequency given ({@code -} or empty). */
  static final double UNKNOWN = Double.NaN;

  /** HP:0040279 "Frequency" sub-ontology; ranges from the term definitions. */
  private static final Map<String, Double> TERMS =
      Map.of(
          "HP:0040280", 1.0, // Obligate: 100%
          "HP:0040281", 0.895, // Very frequent: 80-99%
          "HP:0040282", 0.545, // Frequent: 30-79%
          "HP:0040283", 0.17, // Occasional: 5-29%
          "HP:0040284", 0.025, // Very rare: 1-4%
          "HP:0040285", 0.0); // Excluded: 0%

  private AnnotationFrequency() {}

  /**
   * @throws IllegalArgumentException with a message naming the expected forms
   */
  static double parse(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty() || value.equals("-")) {
      return UNKNOWN;
    }
    Double term = TERMS.get(value);
    if (term != null) {
      return term;
    }
    try {
      if (value.endsWith("%")) {
        return checked(Double.parseDouble(value.substring(0, value.length() - 1)) / 100.0, text);
      }
      int slash = value.indexOf('/');
      if (slash > 0) {
        double patients = Double.parseDouble(value.substring(0, slash));
        double cohort = Double.parseDouble(value.substring(slash + 1));
        if (cohort <= 0) {
          throw new NumberFormatException();
        }
        if (patients > cohort) {
          throw new NumberFormatException();
        }
        return checked((patients + 1) / (cohort + 2), text);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "frequency '"
            + text
            + "' is not an HPO frequency term (HP:0040280-HP:0040285), n/m, x% or '-'");
  }

  private static double checked(double value, String text) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException("frequency '" + text + "' is outside 0-100%");
    }
    return value;
  }
}
