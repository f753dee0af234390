package org.gms.server.knowledge.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.server.knowledge.AlertRule;

/**
 * When a ClinVar assertion contradicts what a patient's report said. Both sides are reduced to
 * three categories (pathogenic, uncertain, benign); an alert is raised when they differ in a way
 * that can change the report:
 *
 * <pre>
 * reported \ ClinVar   PATHOGENIC        UNCERTAIN               BENIGN
 * P, LP                -                 CLINVAR_NOW_UNCERTAIN   CLINVAR_NOW_BENIGN
 * VUS                  NOW_PATHOGENIC    -                       CLINVAR_NOW_BENIGN
 * LB, B                NOW_PATHOGENIC    -                       -
 * </pre>
 *
 * ClinVar assertions without assertion criteria (zero stars) and those that are not a pathogenicity
 * class (drug response, risk factor, association, not provided) raise nothing.
 */
final class ClinvarRules {

  /** A classification reduced to what matters for a report. */
  enum Category {
    PATHOGENIC,
    UNCERTAIN,
    BENIGN
  }

  private static final Set<String> NO_CRITERIA =
      Set.of(
          "no assertion criteria provided",
          "no classification provided",
          "no classification for the single variant",
          "no assertion provided");

  private ClinvarRules() {}

  /**
   * The category of a ClinVar CLNSIG (underscores read as spaces), if it is a pathogenicity class.
   */
  static Optional<Category> category(String significance) {
    if (significance == null) {
      return Optional.empty();
    }
    String first = significance.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    int cut = first.length();
    for (char c : new char[] {'|', ','}) {
      int at = first.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    first = first.substring(0, cut).strip();
    if (first.startsWith("pathogenic") || first.startsWith("likely pathogenic")) {
      return Optional.of(Category.PATHOGENIC);
    }
    if (first.startsWith("uncertain significance") || first.startsWith("conflicting")) {
      return Optional.of(Category.UNCERTAIN);
    }
    if (first.startsWith("benign") || first.startsWith("likely benign")) {
      return Optional.of(Category.BENIGN);
    }
    return Optional.empty();
  }

  /** Whether the review status carries assertion criteria (one star or more). */
  static boolean hasCriteria(String reviewStatus) {
    return reviewStatus != null
        && !reviewStatus.isBlank()
        && !NO_CRITERIA.contains(reviewStatus.replace('_', ' ').toLowerCase(Locale.ROOT).strip());
  }

  static Category of(AcmgClass reported) {
    return switch (reported) {
      case PATHOGENIC, LIKELY_PATHOGENIC -> Category.PATHOGENIC;
      case UNCERTAIN_SIGNIFICANCE -> Category.UNCERTAIN;
      case LIKELY_BENIGN, BENIGN -> Category.BENIGN;
    };
  }

  /** The alert a ClinVar category raises against the reported class, if any. */
  static Optional<AlertRule> rule(AcmgClass reported, Category clinvar) {
    Category was = of(reported);
    if (was == clinvar) {
      return Optional.empty();
    }
    return switch (clinvar) {
      case PATHOGENIC -> Optional.of(AlertRule.CLINVAR_NOW_PATHOGENIC);
      case BENIGN ->
          was == Category.BENIGN ? Optional.empty() : Optional.of(AlertRule.CLINVAR_NOW_BENIGN);
      case UNCERTAIN ->
          was == Category.PATHOGENIC
              ? Optional.of(AlertRule.CLINVAR_NOW_UNCERTAIN)
              : Optional.empty();
    };
  }
}
