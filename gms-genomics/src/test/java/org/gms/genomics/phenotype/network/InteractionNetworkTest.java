package org.gms.genomics.phenotype.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gms.genomics.phenotype.Gene;
import org.junit.jupiter.api.Test;

/** The bundled PRINCE interactions and the random walk with restart over them. */
class InteractionNetworkTest {

  private static final InteractionNetwork NETWORK = InteractionNetwork.bundled();

  @Test
  void loadsTheInteractionsAndCountsUnknownIds() {
    assertThat(NETWORK.genes()).hasSizeGreaterThan(9_000);
    assertThat(NETWORK.provenance().get(0))
        .contains("41,575 protein interactions")
        .containsPattern("[1-9][0-9,]* interactions with an Ensembl id HGNC 2024-10 does not know");
  }

  @Test
  void evidenceReachesNeighboursNotTheSeedItself() {
    int seed = 0;
    double[] seeds = new double[NETWORK.genes().size()];
    seeds[seed] = 1;
    double[] walked = NETWORK.propagate(seeds, 0.5, 12);
    List<Gene> neighbours = NETWORK.neighboursOf(seed);
    Set<Integer> near = new HashSet<>();
    for (Gene gene : neighbours) {
      near.add(NETWORK.indexOf(gene).orElseThrow());
    }
    double neighbour = walked[near.iterator().next()];
    assertThat(neighbour).isPositive();
    // the seed only gets back what returns to it through its neighbours
    assertThat(walked[seed]).isLessThan(0.5);
    double far = 0;
    for (int g = 0; g < walked.length; g++) {
      if (g != seed && !near.contains(g)) {
        far = Math.max(far, walked[g]);
      }
    }
    assertThat(far).isLessThan(neighbour);
  }

  @Test
  void refusesSeedsOfTheWrongLength() {
    assertThatThrownBy(() -> NETWORK.propagate(new double[3], 0.5, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
