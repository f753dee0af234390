package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;
import org.junit.jupiter.api.Test;

/** The cross-species ranking: more genes ranked, every piece of evidence named with its source. */
class CrossSpeciesPrioritiserTest {

  private static final PhenotypeKnowledge KNOWLEDGE = PhenotypeKnowledge.bundled();
  private static final GenePrioritiser PRIORITISER =
      GenePrioritiser.crossSpecies(
          KNOWLEDGE,
          MouseModels.bundled(),
          InteractionNetwork.bundled(),
          EvidenceCalibration.bundled());

  private static PatientPhenotype patient(String... ids) {
    return PatientPhenotype.resolve(
            KNOWLEDGE.ontology(), List.of(ids), List.of(), PatientPhenotype.UnresolvedIds.REJECT)
        .phenotype();
  }

  @Test
  void ranksGenesWithoutHumanAnnotationsAndExplainsTheMouseEvidence() {
    Ranking ranking = PRIORITISER.rank(patient("HP:0000175", "HP:0000365"));
    assertThat(ranking.size()).isGreaterThan(KNOWLEDGE.genes().size() + 5_000);
    GeneMatch fbxo11 = ranking.geneByNcbiId(80204).flatMap(ranking::find).orElseThrow();
    assertThat(fbxo11.evidence())
        .anySatisfy(line -> assertThat(line).startsWith("mouse (MGI 2016-10-13 via PhenoRank"))
        .anySatisfy(line -> assertThat(line).contains("HP:0000175 Cleft palate ->"))
        .anySatisfy(line -> assertThat(line).startsWith("interactions (PRINCE 2016"));
    assertThat(PRIORITISER.algorithm()).contains("likelihood-ratio-cross-species-2026");
  }

  @Test
  void withoutCalibratedEvidenceTheHumanRankingIsUnchanged() {
    PatientPhenotype pfeiffer = patient("HP:0001156", "HP:0001363", "HP:0011304", "HP:0010055");
    Ranking human = GenePrioritiser.likelihoodRatio(KNOWLEDGE).rank(pfeiffer);
    Ranking none =
        GenePrioritiser.crossSpecies(
                KNOWLEDGE,
                MouseModels.bundled(),
                InteractionNetwork.bundled(),
                EvidenceCalibration.none())
            .rank(pfeiffer);
    for (GeneMatch match : human.top(10)) {
      assertThat(none.rankOf(match.gene())).hasValue(match.rank());
    }
  }
}
