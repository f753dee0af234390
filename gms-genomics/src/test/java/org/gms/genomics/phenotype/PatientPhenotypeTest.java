package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gms.genomics.GenomicsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A patient's HPO ids as typed by a user: mapped, left out or refused with a clear message. */
class PatientPhenotypeTest {

  private static HpoOntology hpo;

  @BeforeAll
  static void bundledOntology() {
    hpo = PhenotypeKnowledge.bundled().ontology();
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HP:9999999 | is not in the HPO release loaded; check the id
          HP:0025237 | is obsolete with no replacement; choose a current term instead
          HP:0000489 | has several suggested replacements (HP:0100886, HP:0100887)
          """)
  void idsThatCannotBeMappedAreRefusedSayingWhatToDo(String id, String message) {
    assertThatThrownBy(
            () ->
                PatientPhenotype.resolve(
                    hpo,
                    List.of("HP:0001156", id),
                    List.of(),
                    PatientPhenotype.UnresolvedIds.REJECT))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("observed " + id)
        .hasMessageContaining(message);
  }

  @Test
  void everyUnusableIdIsNamedInOneMessage() {
    assertThatThrownBy(
            () ->
                PatientPhenotype.resolve(
                    hpo,
                    List.of("HP:9999999"),
                    List.of("HP:0025237"),
                    PatientPhenotype.UnresolvedIds.REJECT))
        .hasMessageContaining("these HPO ids")
        .hasMessageContaining("observed HP:9999999")
        .hasMessageContaining("excluded HP:0025237");
  }

  @ParameterizedTest
  @CsvSource({"HP:12345", "0001156", "HP:0001156x", "brachydactyly"})
  void malformedIdsAreRefusedWithTheExpectedForm(String id) {
    assertThatThrownBy(
            () ->
                PatientPhenotype.resolve(
                    hpo, List.of(id), List.of(), PatientPhenotype.UnresolvedIds.REJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id)
        .hasMessageContaining("HP: followed by seven digits");
  }

  @Test
  void secondaryAndReplacedIdsAreMappedWithANote() {
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            hpo,
            List.of("HP:0001189", "HP:0000368"),
            List.of(),
            PatientPhenotype.UnresolvedIds.REJECT);

    assertThat(resolved.phenotype().observed())
        .containsExactly(HpoTermId.parse("HP:0001156"), HpoTermId.parse("HP:0000358"));
    assertThat(resolved.notes())
        .anyMatch(n -> n.contains("HP:0001189 is a secondary id (alt_id) of HP:0001156"))
        .anyMatch(n -> n.contains("HP:0000368 is obsolete and was replaced by HP:0000358"));
  }

  @Test
  void inheritanceTermsAndContradictionsAreLeftOutWithANote() {
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            hpo,
            List.of("HP:0001156", "HP:0000006"),
            List.of("HP:0001156", "HP:0001363"),
            PatientPhenotype.UnresolvedIds.REJECT);

    assertThat(resolved.phenotype().observed()).containsExactly(HpoTermId.parse("HP:0001156"));
    assertThat(resolved.phenotype().excluded()).containsExactly(HpoTermId.parse("HP:0001363"));
    assertThat(resolved.notes())
        .anyMatch(n -> n.contains("HP:0000006") && n.contains("not a phenotypic abnormality"))
        .anyMatch(n -> n.contains("HP:0001156 is both observed and excluded"));
  }

  @Test
  void bulkRunsSkipUnusableIdsAndSaySo() {
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            hpo,
            List.of("HP:0001156", "HP:9999999"),
            List.of(),
            PatientPhenotype.UnresolvedIds.SKIP);

    assertThat(resolved.phenotype().observed()).containsExactly(HpoTermId.parse("HP:0001156"));
    assertThat(resolved.notes()).anyMatch(n -> n.startsWith("left out: observed HP:9999999"));
  }
}
