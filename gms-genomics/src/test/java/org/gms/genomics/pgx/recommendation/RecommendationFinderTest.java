package org.gms.genomics.pgx.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.junit.jupiter.api.Test;

/** Which recommendations apply, on small guidelines shaped like the ClinPGx annotations. */
class RecommendationFinderTest {

  private static final Guideline CLOPIDOGREL =
      guideline(
          GuidelineSource.CPIC,
          "clopidogrel",
          List.of("CYP2C19"),
          rec("pm", Map.of("CYP2C19", "Poor Metabolizer"), Map.of(), "Avoid clopidogrel."),
          rec("im", Map.of("CYP2C19", "Intermediate Metabolizer"), Map.of(), "Use an alternative."),
          rec("nm", Map.of("CYP2C19", "Normal Metabolizer"), Map.of(), "Standard dose."));

  private static final Guideline AMITRIPTYLINE =
      guideline(
          GuidelineSource.CPIC,
          "amitriptyline",
          List.of("CYP2C19", "CYP2D6"),
          rec("both", Map.of("CYP2C19", "Poor Metabolizer", "CYP2D6", "2.0"), Map.of(), "Reduce."),
          rec(
              "no 2d6",
              Map.of("CYP2C19", "Poor Metabolizer", "CYP2D6", "No Result"),
              Map.of(),
              "Avoid tertiary amines."));

  private static final Guideline IRINOTECAN =
      guideline(
          GuidelineSource.DPWG,
          "irinotecan",
          List.of("UGT1A1"),
          rec("pm", Map.of("UGT1A1", "Poor Metabolizer"), Map.of(), "Start with 70%."),
          rec("28/28", Map.of(), Map.of("UGT1A1", Map.of("*28", 2)), "Start with 70% (*28/*28)."));

  private final RecommendationFinder finder =
      new RecommendationFinder(List.of(CLOPIDOGREL, AMITRIPTYLINE, IRINOTECAN));

  @Test
  void aPhenotypeKeySelectsTheRecommendation() {
    List<DrugRecommendation> found =
        finder.find(cpic(reading("CYP2C19", "*2/*2", "Poor Metabolizer")));

    assertThat(found)
        .filteredOn(r -> r.drug().equals("clopidogrel"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recommendation()).isEqualTo("Avoid clopidogrel.");
              assertThat(r.diplotypes()).containsEntry("CYP2C19", List.of("*2/*2"));
            });
  }

  @Test
  void aGeneWithoutResultIsLookedUpAsNoResult() {
    List<DrugRecommendation> found =
        finder.find(cpic(reading("CYP2C19", "*2/*2", "Poor Metabolizer")));

    assertThat(found)
        .filteredOn(r -> r.drug().equals("amitriptyline"))
        .singleElement()
        .extracting(DrugRecommendation::recommendation)
        .isEqualTo("Avoid tertiary amines.");
  }

  @Test
  void tiedDiplotypesWithDifferentPhenotypesGiveEachItsRecommendation() {
    List<DrugRecommendation> found =
        finder.find(
            cpic(
                reading("CYP2C19", "*1/*2", "Intermediate Metabolizer"),
                reading("CYP2C19", "*2/*17", "Poor Metabolizer")));

    assertThat(found)
        .filteredOn(r -> r.drug().equals("clopidogrel"))
        .extracting(DrugRecommendation::recommendation)
        .containsExactlyInAnyOrder("Avoid clopidogrel.", "Use an alternative.");
  }

  @Test
  void aDiplotypeSpecificRecommendationReplacesThePhenotypeOne() {
    GeneLookup homozygous28 =
        new GeneLookup("UGT1A1", "*28/*28", List.of("Poor Metabolizer"), Map.of("*28", 2));

    List<DrugRecommendation> found =
        finder.find(Map.of(GuidelineSource.DPWG, Map.of("UGT1A1", List.of(homozygous28))));

    assertThat(found)
        .singleElement()
        .extracting(DrugRecommendation::recommendation)
        .isEqualTo("Start with 70% (*28/*28).");
  }

  @Test
  void nothingAppliesWhenNoGeneHasAResult() {
    assertThat(finder.find(Map.of())).isEmpty();
  }

  @Test
  void aCalledGeneWithoutPhenotypeIsNotNoResult() {
    GeneLookup unknown = new GeneLookup("CYP2C19", "*1/*40", List.of(), Map.of("*1", 1, "*40", 1));

    assertThat(finder.find(Map.of(GuidelineSource.CPIC, Map.of("CYP2C19", List.of(unknown)))))
        .isEmpty();
  }

  private static Map<GuidelineSource, Map<String, List<GeneLookup>>> cpic(GeneLookup... readings) {
    return Map.of(GuidelineSource.CPIC, Map.of(readings[0].gene(), List.of(readings)));
  }

  private static GeneLookup reading(String gene, String diplotype, String phenotype) {
    String[] alleles = diplotype.split("/");
    Map<String, Integer> counts =
        alleles[0].equals(alleles[1])
            ? Map.of(alleles[0], 2)
            : Map.of(alleles[0], 1, alleles[1], 1);
    return new GeneLookup(gene, diplotype, List.of(phenotype), counts);
  }

  private static Guideline guideline(
      GuidelineSource source, String drug, List<String> genes, GuidelineRecommendation... recs) {
    return new Guideline(
        source.name() + "-" + drug,
        source + " " + drug,
        source,
        "https://example.org/" + drug,
        "test",
        List.of(drug),
        genes,
        List.of(recs));
  }

  private static GuidelineRecommendation rec(
      String id,
      Map<String, String> phenotypeKeys,
      Map<String, Map<String, Integer>> diplotypeKeys,
      String text) {
    return new GuidelineRecommendation(
        id,
        List.of(),
        null,
        "Strong",
        text,
        List.of(),
        phenotypeKeys,
        diplotypeKeys,
        PrescribingChange.NONE);
  }
}
