package org.gms.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Test method texts as written in directory v5.1 and the category each belongs to. */
class TestMethodCategoryTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          WGS                                             | WGS
          WES                                             | WES
          WES or Large Panel                              | WES_OR_PANEL
          WES or Medium panel                             | WES_OR_PANEL
          WES or Large penel                              | WES_OR_PANEL
          Small panel                                     | PANEL
          Small panel - deep sequencing                   | PANEL
          Microarray                                      | MICROARRAY
          Single gene sequencing >=10 amplicons           | SINGLE_GENE
          Single gene testing (<10 amplicons)             | SINGLE_GENE
          Targeted variant testing                        | TARGETED_VARIANT
          Exon level CNV detection by MLPA or equivalent  | CNV_DETECTION
          MLPA or equivalent                              | CNV_DETECTION
          STR testing                                     | REPEAT_EXPANSION
          Confirmatory STR testing                        | REPEAT_EXPANSION
          Methylation testing                             | METHYLATION
          NIPD                                            | NIPD
          Karyotype or equivalent                         | CYTOGENETICS
          FISH                                            | CYTOGENETICS
          Common aneuploidy testing                       | CYTOGENETICS
          Linkage analysis                                | OTHER
          """)
  void classifiesTheDirectorysMethodTexts(String method, TestMethodCategory category) {
    assertThat(TestMethodCategory.classify(method)).isEqualTo(category);
  }
}
