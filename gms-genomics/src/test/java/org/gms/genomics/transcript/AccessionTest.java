package org.gms.genomics.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessionTest {

  @ParameterizedTest(name = "{0} -> base {1}, version {2}")
  @CsvSource({
    "ENST00000357654.9, ENST00000357654, 9",
    "NM_007294.4,       NM_007294,       4",
    "ENST00000357654,   ENST00000357654, 0",
    "CH507-9B2.1-001,   CH507-9B2.1-001, 0", // a name, not a versioned accession
  })
  void splitsVersion(String text, String base, int version) {
    Accession accession = Accession.parse(text);
    assertThat(accession.base()).isEqualTo(base);
    assertThat(accession.version()).isEqualTo(version);
    assertThat(accession).hasToString(text);
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "ENST00000357654.9, ENST00000357654.9, true",
    "ENST00000357654.9, ENST00000357654,   true",
    "ENST00000357654.9, ENST00000357654.8, false",
    "ENST00000357654,   ENST00000471181,   false",
  })
  void matchesByVersionWhereBothHaveOne(String a, String b, boolean matches) {
    assertThat(Accession.parse(a).matches(Accession.parse(b))).isEqualTo(matches);
  }
}
