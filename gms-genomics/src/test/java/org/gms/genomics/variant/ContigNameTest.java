package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.reference.ContigName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs spell the same chromosome in several ways; all compare by one canonical name. */
class ContigNameTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "17|17",
        "chr17|17",
        "CHR17|17",
        "Chr17|17",
        "x|X",
        "chrX|X",
        "MT|MT",
        "M|MT",
        "chrM|MT",
        "chrMT|MT",
        "'17 '|17",
        "GL000220.1|GL000220.1",
        "chrUn_KI270302v1|UN_KI270302V1",
        "HLA-A*01:01:01:01|HLA-A*01:01:01:01",
      })
  void canonicalName(String spelled, String canonical) {
    assertThat(ContigName.canonical(spelled)).isEqualTo(canonical);
  }
}
