package org.gms.genomics.phenotype.modelorganism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The bundled MGI 2016 mutants matched to patient terms: the FBXO11 "Jeff" mouse (MGI:1862017) has
 * cleft palate and hearing impairment recorded, so a patient with both should find FBXO11 near the
 * top of the mouse genes, explained term by term.
 */
class MouseModelsTest {

  private static final MouseModels MOUSE = MouseModels.bundled();
  private static final HpoOntology HPO = PhenotypeKnowledge.bundled().ontology();
  private static final Gene FBXO11 = new Gene(80204, "FBXO11");

  @Test
  void loadsMutantsAndReportsIdsHgncDoesNotKnow() {
    assertThat(MOUSE.genes()).hasSizeGreaterThan(8_000);
    assertThat(MOUSE.provenance())
        .anySatisfy(line -> assertThat(line).contains("MGI mouse mutants 2016-10-13"))
        .anySatisfy(
            line ->
                assertThat(line).containsPattern("[1-9][0-9,]* orthologue Ensembl gene ids HGNC"));
  }

  @Test
  void cleftPalateAndHearingLossFindTheJeffMouse() {
    List<HpoTermId> observed =
        List.of(HpoTermId.parse("HP:0000175"), HpoTermId.parse("HP:0000365"));
    double[] scores = MOUSE.scores(HPO, observed);
    int fbxo11 = MOUSE.indexOf(FBXO11).orElseThrow();
    double own = scores[fbxo11];
    long higher = Arrays.stream(scores).filter(s -> s > own).count();
    assertThat(own).isPositive();
    assertThat(higher).as("mouse genes scoring higher than FBXO11").isLessThan(50);
    assertThat(MOUSE.explain(fbxo11, HPO, observed))
        .anySatisfy(line -> assertThat(line).startsWith("HP:0000175 Cleft palate ->"));
  }

  @Test
  void unrelatedTermsDoNotMatch() {
    int fbxo11 = MOUSE.indexOf(FBXO11).orElseThrow();
    // Abnormality of the nail: nothing recorded for the Jeff mouse near it
    double[] scores = MOUSE.scores(HPO, List.of(HpoTermId.parse("HP:0001597")));
    assertThat(scores[fbxo11]).isZero();
  }
}
