package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Term search for forms, on the bundled HPO release. */
class HpoOntologySearchTest {

  private static HpoOntology hpo;

  @BeforeAll
  static void load() {
    hpo = PhenotypeKnowledge.bundled().ontology();
  }

  @Test
  void aLabelThatStartsWithTheTextComesFirst() {
    List<HpoTermId> found = hpo.search("seizure", 5);

    assertThat(found).hasSize(5);
    assertThat(found.get(0)).isEqualTo(HpoTermId.parse("HP:0001250"));
    assertThat(found).allSatisfy(id -> assertThat(hpo.name(id).toLowerCase()).contains("seizure"));
  }

  @Test
  void everyWordMustBeInTheLabel() {
    assertThat(hpo.search("stature short", 20)).contains(HpoTermId.parse("HP:0004322"));
  }

  @Test
  void anIdFindsItsTermAndOnlyPhenotypicAbnormalitiesAreOffered() {
    assertThat(hpo.search("HP:0001250", 5)).containsExactly(HpoTermId.parse("HP:0001250"));
    assertThat(hpo.search("0001250", 5)).containsExactly(HpoTermId.parse("HP:0001250"));
    assertThat(hpo.search("HP:0000118", 5)).isEmpty();
    assertThat(hpo.search("  ", 5)).isEmpty();
  }
}
