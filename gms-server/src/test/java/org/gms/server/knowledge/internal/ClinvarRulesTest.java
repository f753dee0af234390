package org.gms.server.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinvarRulesTest {

  @ParameterizedTest(name = "reported {0}, ClinVar {1} -> {2}")
  @CsvSource({
    "P,   PATHOGENIC, none",
    "LP,  PATHOGENIC, none",
    "P,   UNCERTAIN,  CLINVAR_NOW_UNCERTAIN",
    "LP,  BENIGN,     CLINVAR_NOW_BENIGN",
    "VUS, PATHOGENIC, CLINVAR_NOW_PATHOGENIC",
    "VUS, UNCERTAIN,  none",
    "VUS, BENIGN,     CLINVAR_NOW_BENIGN",
    "LB,  PATHOGENIC, CLINVAR_NOW_PATHOGENIC",
    "B,   UNCERTAIN,  none",
    "B,   BENIGN,     none"
  })
  void theRuleTable(String reported, ClinvarRules.Category clinvar, String expected) {
    AcmgClass reportedClass = AcmgClass.fromAbbreviation(reported).orElseThrow();
    assertThat(ClinvarRules.rule(reportedClass, clinvar).map(Enum::name).orElse("none"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Pathogenic; PATHOGENIC",
        "Likely_pathogenic; PATHOGENIC",
        "Pathogenic/Likely_pathogenic; PATHOGENIC",
        "Pathogenic/Likely_pathogenic/Pathogenic,_low_penetrance; PATHOGENIC",
        "Uncertain significance; UNCERTAIN",
        "Conflicting_classifications_of_pathogenicity; UNCERTAIN",
        "Conflicting_classifications_of_pathogenicity|association|risk_factor; UNCERTAIN",
        "Benign/Likely_benign; BENIGN",
        "Likely benign; BENIGN",
        "drug_response; none",
        "other; none",
        "not_provided; none"
      })
  void clinvarSignificanceCategories(String significance, String expected) {
    assertThat(ClinvarRules.category(significance).map(Enum::name).orElse("none"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "criteria provided, single submitter; true",
        "reviewed by expert panel; true",
        "no assertion criteria provided; false",
        "no_classification_provided; false",
        "'' ; false"
      })
  void onlyAssertionsWithCriteriaCount(String review, boolean expected) {
    assertThat(ClinvarRules.hasCriteria(review)).isEqualTo(expected);
  }
}
