package org.gms.genomics.cancer.oncogenicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Horak et al., Genet Med 2022: the points of each code (Table 2: very strong 8, strong 4, moderate
 * 2, supporting 1, benign negative) and the class cut-offs (Table 3: Oncogenic >= 10, Likely
 * oncogenic 6-9, VUS 0-5, Likely benign -1 to -6, Benign <= -7).
 */
class Vicc2022OncogenicityClassifierTest {

  private final OncogenicityClassifier classifier = OncogenicityClassifier.vicc2022();

  @ParameterizedTest(name = "{0} = {1} points: {2}")
  @CsvSource({
    // codes (space-separated) | points | class
    "OVS1 OM2,             10, ONCOGENIC",
    "OVS1 OP4,             9,  LIKELY_ONCOGENIC",
    "OS1 OS3 OP4,          9,  LIKELY_ONCOGENIC",
    "OS1 OS2 OS3,          12, ONCOGENIC",
    "OS3 OM2,              6,  LIKELY_ONCOGENIC",
    "OS3 OP1,              5,  UNCERTAIN_SIGNIFICANCE",
    "OM3 OP4,              3,  UNCERTAIN_SIGNIFICANCE",
    "OP1 SBP1,             0,  UNCERTAIN_SIGNIFICANCE",
    "SBP1,                 -1, LIKELY_BENIGN",
    "SBS1 SBP2 SBP1,       -6, LIKELY_BENIGN",
    "SBVS1,                -8, BENIGN",
    "SBS1 SBS2,            -8, BENIGN",
    "SBVS1 OS3 OM3,        -2, LIKELY_BENIGN",
    "OS1 OS2 OM1 OM4,      12, ONCOGENIC",
    "OS3 OM1 OP1 OP2 OP3 OP4, 10, ONCOGENIC"
  })
  void sumsPointsAndAppliesThePapersCutOffs(String codes, int points, OncogenicityClass expected) {
    List<OncogenicityEvidence> evidence =
        Arrays.stream(codes.trim().split(" +"))
            .map(c -> OncogenicityEvidence.of(OncogenicityCode.valueOf(c), "test"))
            .toList();
    Oncogenicity result = classifier.classify(evidence);
    assertThat(result.points()).isEqualTo(points);
    assertThat(result.oncogenicityClass()).isEqualTo(expected);
    assertThat(result.codes()).hasSize(evidence.size());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "OVS1, 8",
    "OS1, 4",
    "OS2, 4",
    "OS3, 4",
    "OM1, 2",
    "OM2, 2",
    "OM3, 2",
    "OM4, 2",
    "OP1, 1",
    "OP2, 1",
    "OP3, 1",
    "OP4, 1",
    "SBVS1, -8",
    "SBS1, -4",
    "SBS2, -4",
    "SBP1, -1",
    "SBP2, -1"
  })
  void eachCodeHasThePointsOfItsStrength(OncogenicityCode code, int points) {
    assertThat(code.points()).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({
    "10, ONCOGENIC",
    "9, LIKELY_ONCOGENIC",
    "6, LIKELY_ONCOGENIC",
    "5, UNCERTAIN_SIGNIFICANCE",
    "0, UNCERTAIN_SIGNIFICANCE",
    "-1, LIKELY_BENIGN",
    "-6, LIKELY_BENIGN",
    "-7, BENIGN"
  })
  void boundariesOfTheClasses(int points, OncogenicityClass expected) {
    // a modified strength is expressed as explicit points
    var e =
        new OncogenicityEvidence(
            points >= 0 ? OncogenicityCode.OS1 : OncogenicityCode.SBS1,
            points,
            "strength modified");
    assertThat(classifier.classify(List.of(e)).oncogenicityClass()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aCodeTwiceIsRefused() {
    var e = OncogenicityEvidence.of(OncogenicityCode.OS3, "a");
    assertThatThrownBy(() -> classifier.classify(List.of(e, e)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
