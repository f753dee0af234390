package org.gms.server.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gms.server.GmsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NHS number modulus 11 check (NHS Data Dictionary, "NHS Number"). */
class NhsNumberTest {

  @ParameterizedTest(name = "{0} is a valid NHS number")
  @CsvSource({
    // The worked example of the modulus 11 check in NHS documentation.
    "943 476 5919, 9434765919",
    "4010232137, 4010232137",
    // The example patient of NHS Digital's Personal Demographics Service FHIR API sandbox.
    "9000000009, 9000000009",
    // Written with hyphens.
    "943-476-5919, 9434765919"
  })
  void validNumbers(String written, String digits) {
    NhsNumber number = new NhsNumber(written);
    assertThat(number.value()).isEqualTo(digits);
    assertThat(number.formatted())
        .isEqualTo(digits.replaceAll("(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9434765918 | its check digit does not match",
        "9434765910 | its check digit does not match",
        // The first nine digits give a check of 10: no NHS number starts with them.
        "1234567890 | no NHS number starts with these nine digits",
        "943476591 | it must be ten digits",
        "94347659190 | it must be ten digits",
        "94347659l9 | it must be ten digits"
      })
  void invalidNumbersAreRefusedSayingWhy(String written, String reason) {
    assertThatThrownBy(() -> new NhsNumber(written))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("'" + written + "'")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "from {0}: {1}")
  @CsvSource({
    // the worked example's first nine digits give its own check digit
    "943476591, 9434765919",
    // 999100002 has no valid check digit (modulus 11 gives 10): the next start is used
    "999100002, 9991000038",
    "900000000, 9000000009",
  })
  void madeUpNumbersAreTheFirstValidFromAStart(long nineDigits, String expected) {
    assertThat(NhsNumber.firstValidFrom(nineDigits).value()).isEqualTo(expected);
  }
}
