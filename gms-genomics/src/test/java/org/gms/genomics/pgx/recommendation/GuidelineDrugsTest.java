package org.gms.genomics.pgx.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.pgx.PgxKnowledge;
import org.gms.genomics.pgx.recommendation.GuidelineDrugs.GuidelineDrug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidelineDrugsTest {

  private static final GuidelineDrugs DRUGS = GuidelineDrugs.bundled();

  @ParameterizedTest(name = "RxNorm {0} is {1}")
  @CsvSource({
    // RxNorm ingredient CUIs as the CPIC database lists them (cpic-data db/drug.sql).
    "32968, clopidogrel, PA449053",
    "2670, codeine, PA449088",
    "11289, warfarin, PA451906",
    "4492, fluorouracil, PA128406956",
    "194000, capecitabine, PA448771",
    "103, mercaptopurine, PA450379",
    "36567, simvastatin, PA451363"
  })
  void rxnormIngredientCodes(String cui, String drug, String pharmgkb) {
    assertThat(DRUGS.byRxnorm(cui))
        .hasValueSatisfying(
            d -> {
              assertThat(d.name()).isEqualTo(drug);
              assertThat(d.pharmgkbId()).isEqualTo(pharmgkb);
            });
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // dm+d style product names and RxNorm clinical drug names
        "Clopidogrel 75mg tablets | clopidogrel",
        "clopidogrel 75 MG Oral Tablet | clopidogrel",
        "Fosphenytoin sodium 750mg/10ml solution for injection ampoules | fosphenytoin",
        "Phenytoin 100mg capsules | phenytoin",
        "Peginterferon alfa-2a 180micrograms/0.5ml solution for injection | peginterferon"
            + " alfa-2a",
        "Codeine phosphate 30mg tablets | codeine"
      })
  void namesInMedicationText(String text, String drug) {
    assertThat(DRUGS.namedIn(text)).extracting(GuidelineDrug::name).containsExactly(drug);
  }

  @Test
  void aDrugNoGuidelineNamesIsNotFound() {
    assertThat(DRUGS.namedIn("Paracetamol 500mg tablets")).isEmpty();
    assertThat(DRUGS.byRxnorm("161")).isEmpty(); // acetaminophen
  }

  @Test
  void everyDrugOfTheBundledGuidelinesIsListed() {
    Set<String> named =
        PgxKnowledge.bundled().guidelines().stream()
            .flatMap(g -> g.drugs().stream())
            .collect(Collectors.toSet());
    assertThat(DRUGS.all()).extracting(GuidelineDrug::name).containsAll(named);
    List<GuidelineDrug> withRxnorm =
        DRUGS.all().stream().filter(d -> d.rxnormCui().isPresent()).toList();
    assertThat(withRxnorm).hasSize(75);
  }
}
