package org.gms.genomics.interpretation.acmg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The combining rules as published. Each row: the evidence, the class by Richards et al. 2015 Table
 * 5 (and the rule that gives it), the class by the Tavtigian et al. 2020 points. Rows follow Table
 * 5 rule by rule, then the combinations tabulated by Garrett et al. 2021 (J Med Genet 58:297, Table
 * 6: "2015 ACMG framework" versus "exponent score") and Tavtigian et al. 2020.
 */
class CombiningRulesTest {

  private final AcmgClassifier acmg2015 = AcmgClassifier.acmg2015();
  private final AcmgClassifier points = AcmgClassifier.clinGenPoints2020();

  @ParameterizedTest(name = "{0} -> 2015 {1} ({2}), points {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # evidence                       | 2015 | 2015 rule               | points
          PVS1 PS1                         | P    | Pathogenic (i)(a)       | P
          PVS1 PM1 PM2                     | P    | Pathogenic (i)(b)       | P
          PVS1 PM1 PP3                     | P    | Pathogenic (i)(c)       | P
          PVS1 PP1 PP3                     | P    | Pathogenic (i)(d)       | P
          PS1 PS3                          | P    | Pathogenic (ii)         | LP
          PS1 PM1 PM2 PM4                  | P    | Pathogenic (iii)(a)     | P
          PS1 PM1 PM2 PP1 PP3              | P    | Pathogenic (iii)(b)     | P
          PS1 PM1 PP1 PP2 PP3 PP4          | P    | Pathogenic (iii)(c)     | P
          PVS1 PM2                         | LP   | Likely pathogenic (i)   | P
          PS1 PM2                          | LP   | Likely pathogenic (ii)  | LP
          PS1 PM1 PM2                      | LP   | Likely pathogenic (ii)  | LP
          PS3 PP1 PP3                      | LP   | Likely pathogenic (iii) | LP
          PM1 PM2 PM4                      | LP   | Likely pathogenic (iv)  | LP
          PM1 PM2 PP1 PP3                  | LP   | Likely pathogenic (v)   | LP
          PM1 PP1 PP2 PP3 PP4              | LP   | Likely pathogenic (vi)  | LP
          BA1                              | B    | Benign (i)              | B
          BS1 BS2                          | B    | Benign (ii)             | B
          BS1 BP4                          | LB   | Likely benign (i)       | LB
          BP4 BP7                          | LB   | Likely benign (ii)      | LB
          none                             | VUS  | Uncertain significance (i)  | VUS
          PVS1                             | VUS  | Uncertain significance (i)  | LP
          PM1 PM2                          | VUS  | Uncertain significance (i)  | VUS
          PS1 PP3                          | VUS  | Uncertain significance (i)  | VUS
          BS1                              | VUS  | Uncertain significance (i)  | LB
          BP4                              | VUS  | Uncertain significance (i)  | LB
          PVS1 PS1 BS1                     | P    | Pathogenic (i)(a)       | LP
          PVS1 PS1 BS1 BP4                 | VUS  | Uncertain significance (ii) | LP
          PM1 PM2 PM4 BP4 BP7              | VUS  | Uncertain significance (ii) | VUS
          """)
  void richards2015Table5(String evidence, String class2015, String rule, String classPoints) {
    Classification byTable = acmg2015.classify(Evidences.parse(evidence));
    Classification byPoints = points.classify(Evidences.parse(evidence));

    assertThat(byTable.acmgClass().abbreviation()).as(byTable.rule()).isEqualTo(class2015);
    assertThat(byTable.rule()).startsWith(rule);
    assertThat(byPoints.acmgClass().abbreviation()).as(byPoints.rule()).isEqualTo(classPoints);
  }

  /**
   * Garrett et al. 2021, Table 6: exponent sums (8 very strong, 4 strong, 2 moderate, 1 supporting,
   * -4 and -1 benign) and the resulting classes; rows in dark grey there are the two 2015 rules the
   * Bayesian fit disagrees with (PVS1 + PM: LP -> P; 2 strong: P -> LP).
   */
  @ParameterizedTest(name = "{0} = {1} points -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # evidence                                  | points | class
          PVS1 PS1                                    | 12     | P
          PVS1 PM1 PM2                                | 12     | P
          PVS1 PM1 PP3                                | 11     | P
          PVS1 PP1 PP3                                | 10     | P
          PVS1 PM1                                    | 10     | P
          PS1 PM1 PM2 PM4                             | 10     | P
          PS1 PM1 PM2 PP1 PP3                         | 10     | P
          PS1 PM1 PP1 PP2 PP3 PP4                     | 10     | P
          PS1 PS3 PM1                                 | 10     | P
          PS1 PS3 PP1 PP3                             | 10     | P
          PM1 PM2 PM3 PM4 PM5                         | 10     | P
          PM1 PM2 PM3 PM4 PP1 PP3                     | 10     | P
          PM1 PM2 PM3 PP1 PP2 PP3 PP4                 | 10     | P
          PS1 PS3                                     | 8      | LP
          PS1 PM1                                     | 6      | LP
          PS1 PP1 PP3                                 | 6      | LP
          PM1 PM2 PM4                                 | 6      | LP
          PM1 PM2 PP1 PP3                             | 6      | LP
          PM1 PP1 PP2 PP3 PP4                         | 6      | LP
          PVS1 PP3                                    | 9      | LP
          PVS1                                        | 8      | LP
          BS1 BP4                                     | -5     | LB
          BP4 BP7                                     | -2     | LB
          BP4                                         | -1     | LB
          BS1                                         | -4     | LB
          BS1 BS2                                     | -8     | B
          BS1 BS2 BP4                                 | -9     | B
          PVS1 BS1                                    | 4      | VUS
          PVS1 PM2_Supporting                         | 9      | LP
          PVS1_Strong PM2_Supporting                  | 5      | VUS
          PVS1_Moderate PS2 PM2_Supporting            | 7      | LP
          PM2_Supporting PP3_Moderate PM5_Strong      | 7      | LP
          PP3_Strong BP4_Moderate                     | 2      | VUS
          """)
  void tavtigian2020Points(String evidence, int total, String acmgClass) {
    Classification classification = points.classify(Evidences.parse(evidence));

    assertThat(classification.points()).isEqualTo(total);
    assertThat(classification.acmgClass().abbreviation()).isEqualTo(acmgClass);
  }

  @Test
  void sixSupportingCodesReachLikelyPathogenicOnPointsOnly() {
    var six = Evidences.parse("PP1 PP2 PP3 PP4 PP5 PM2_Supporting");

    assertThat(points.classify(six).acmgClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
    assertThat(acmg2015.classify(six).acmgClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
  }

  @Test
  void ba1StandsAloneAgainstAnyPathogenicEvidenceOnPoints() {
    var evidence = Evidences.parse("BA1 PVS1 PS1");

    assertThat(points.classify(evidence).acmgClass()).isEqualTo(AcmgClass.BENIGN);
    assertThat(acmg2015.classify(evidence).acmgClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
  }

  @Test
  void modifiedStrengthsCountAtTheirAppliedStrengthIn2015() {
    assertThat(acmg2015.classify(Evidences.parse("PS2_VeryStrong PM2")).acmgClass())
        .isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
    assertThat(acmg2015.classify(Evidences.parse("PVS1_Strong PM2")).acmgClass())
        .isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
    assertThat(acmg2015.classify(Evidences.parse("PVS1 PS2_VeryStrong")).rule())
        .startsWith("Pathogenic (i)(a)");
  }

  @Test
  void aCodeGivenTwiceIsRefused() {
    assertThatThrownBy(() -> points.classify(Evidences.parse("PM2 PM2_Supporting")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PM2 is given twice");
  }

  @Test
  void labelsShowModifiedStrengths() {
    assertThat(Evidences.parse("PVS1 PM2_Supporting BP4_Moderate BA1"))
        .extracting(Evidence::label, Evidence::points)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("PVS1", 8),
            org.assertj.core.api.Assertions.tuple("PM2_Supporting", 1),
            org.assertj.core.api.Assertions.tuple("BP4_Moderate", -2),
            org.assertj.core.api.Assertions.tuple("BA1", 0));
  }
}
