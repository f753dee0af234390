package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.phenotype.PatientPhenotype.UnresolvedIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> usableIds() {
    return Stream.of(
        arguments(
            "secondary and replaced ids are mapped with a note",
            List.of("HP:0001189", "HP:0000368"),
            List.of(),
            UnresolvedIds.REJECT,
            List.of("HP:0001156", "HP:0000358"),
            List.of(),
            List.of(
                "HP:0001189 is a secondary id (alt_id) of HP:0001156",
                "HP:0000368 is obsolete and was replaced by HP:0000358")),
        arguments(
            "inheritance terms and contradictions are left out with a note",
            List.of("HP:0001156", "HP:0000006"),
            List.of("HP:0001156", "HP:0001363"),
            UnresolvedIds.REJECT,
            List.of("HP:0001156"),
            List.of("HP:0001363"),
            List.of(
                "HP:0000006 (Autosomal dominant inheritance) is not a phenotypic abnormality",
                "HP:0001156 is both observed and excluded")),
        arguments(
            "bulk runs skip unusable ids and say so",
            List.of("HP:0001156", "HP:9999999"),
            List.of(),
            UnresolvedIds.SKIP,
            List.of("HP:0001156"),
            List.of(),
            List.of("left out: observed HP:9999999")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usableIds")
  void usableIdsAreMappedAndTheRestLeftOutWithANote(
      String rule,
      List<String> observed,
      List<String> excluded,
      UnresolvedIds unresolved,
      List<String> observedTerms,
      List<String> excludedTerms,
      List<String> noteBeginnings) {
    ResolvedPhenotype resolved = PatientPhenotype.resolve(hpo, observed, excluded, unresolved);

    assertThat(resolved.phenotype().observed())
        .containsExactlyElementsOf(observedTerms.stream().map(HpoTermId::parse).toList());
    assertThat(resolved.phenotype().excluded())
        .containsExactlyElementsOf(excludedTerms.stream().map(HpoTermId::parse).toList());
    assertThat(noteBeginnings)
        .allSatisfy(note -> assertThat(resolved.notes()).anyMatch(n -> n.startsWith(note)));
  }
}
