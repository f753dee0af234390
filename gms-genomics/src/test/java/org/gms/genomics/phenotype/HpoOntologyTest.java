package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the real HPO release (hp.obo 2026-02-16): hierarchy, secondary and obsolete ids. */
class HpoOntologyTest {

  private static HpoOntology hpo;

  @BeforeAll
  static void readTheRealOntology() {
    hpo = HpoOntology.read(SharedReference.path("hpo/hp.obo.gz"));
  }

  @Test
  void readsTheReleaseWithItsVersionAndCurrentTerms() {
    assertThat(hpo.version()).isEqualTo("hp/releases/2026-02-16");
    assertThat(hpo.size()).isBetween(19_000, 19_944);
    assertThat(hpo.name(new HpoTermId(1156))).isEqualTo("Brachydactyly");
    assertThat(hpo.parents(HpoTermId.parse("HP:0001156")))
        .contains(HpoTermId.parse("HP:0011927")); // Short digit
    assertThat(hpo.isSubsumedBy(HpoTermId.parse("HP:0001156"), HpoOntology.PHENOTYPIC_ABNORMALITY))
        .isTrue();
    assertThat(hpo.isPhenotypicAbnormality(HpoTermId.parse("HP:0000006"))).isFalse();
  }

  @Test
  void theBundledReducedCopyReadsTheSameAsTheRelease() {
    HpoOntology bundled = PhenotypeKnowledge.bundled().ontology();
    assertThat(bundled.version()).isEqualTo(hpo.version());
    assertThat(bundled.size()).isEqualTo(hpo.size());
    assertThat(bundled.resolve(HpoTermId.parse("HP:0000057")))
        .isEqualTo(hpo.resolve(HpoTermId.parse("HP:0000057")));
  }

  @ParameterizedTest(name = "{0} is {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HP:0001156 | CURRENT            | HP:0001156
          HP:0001189 | ALT_ID             | HP:0001156
          HP:0004715 | ALT_ID             | HP:0000003
          HP:0000057 | REPLACED_BY        | HP:0008665
          HP:0000368 | REPLACED_BY        | HP:0000358
          HP:0000489 | OBSOLETE_AMBIGUOUS |
          HP:0025237 | OBSOLETE           |
          HP:9999999 | UNKNOWN            |
          """)
  void mapsSecondaryAndObsoleteIdsOntoCurrentTerms(
      String id, TermResolution.Status status, String current) {
    TermResolution resolution = hpo.resolve(HpoTermId.parse(id));

    assertThat(resolution.status()).isEqualTo(status);
    assertThat(resolution.isResolved()).isEqualTo(current != null);
    if (current != null) {
      assertThat(resolution.term()).isEqualTo(HpoTermId.parse(current));
      assertThat(hpo.contains(resolution.term())).isTrue();
    }
  }

  @Test
  void anAmbiguousObsoleteIdListsItsSuggestionsForTheUser() {
    TermResolution resolution = hpo.resolve(HpoTermId.parse("HP:0000489"));

    assertThat(resolution.candidates())
        .containsExactly(HpoTermId.parse("HP:0100886"), HpoTermId.parse("HP:0100887"));
    assertThat(resolution.explanation())
        .contains("HP:0000489", "HP:0100886", "HP:0100887", "choose");
  }

  @Test
  void aTermWhoseParentIsMissingIsReportedWithItsLine() {
    String obo =
        """
        format-version: 1.2

        [Term]
        id: HP:0000118
        name: Phenotypic abnormality

        [Term]
        id: HP:0000002
        name: Abnormality of body height
        is_a: HP:0001507 ! Growth abnormality
        """;

    assertThatThrownBy(
            () ->
                HpoOntology.read(
                    new ByteArrayInputStream(obo.getBytes(StandardCharsets.UTF_8)), "test.obo"))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("test.obo line 10")
        .hasMessageContaining("HP:0001507");
  }
}
