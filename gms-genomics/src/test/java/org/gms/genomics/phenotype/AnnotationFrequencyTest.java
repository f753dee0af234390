package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frequency column of HPO annotations: frequency terms (HP:0040280-HP:0040285) as the middle of
 * their defined range, n/m counts by the rule of succession, and percentages.
 */
class AnnotationFrequencyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HP:0040280 | 1.0      | Obligate, 100%
          HP:0040281 | 0.895    | Very frequent, 80-99%
          HP:0040282 | 0.545    | Frequent, 30-79%
          HP:0040283 | 0.17     | Occasional, 5-29%
          HP:0040284 | 0.025    | Very rare, 1-4%
          HP:0040285 | 0.0      | Excluded, 0%
          1/1        | 0.666667 | one patient of one: (1+1)/(1+2)
          0/3        | 0.2      | (0+1)/(3+2)
          7/10       | 0.666667 | (7+1)/(10+2)
          50/50      | 0.980769 | (50+1)/(50+2)
          45%        | 0.45     | percentage
          100%       | 1.0      | percentage
          12.5%      | 0.125    | fractional percentage
          """)
  void readsEveryPublishedForm(String text, double probability, String meaning) {
    assertThat(AnnotationFrequency.parse(text)).isCloseTo(probability, within(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "", "  "})
  void aMissingFrequencyIsUnknown(String text) {
    assertThat(AnnotationFrequency.parse(text)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"often", "3/2", "1/0", "120%", "HP:0040279", "-5%"})
  void rejectsWhatIsNotAFrequencyNamingTheExpectedForms(String text) {
    assertThatThrownBy(() -> AnnotationFrequency.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }
}
