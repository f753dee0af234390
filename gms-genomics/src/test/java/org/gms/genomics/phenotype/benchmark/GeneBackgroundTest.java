package org.gms.genomics.phenotype.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected loss-of-function counts recovered from gnomAD's observed/expected interval. */
class GeneBackgroundTest {

  @ParameterizedTest(name = "oe {0}, expected {1}")
  @CsvSource({"0.0, 100", "0.5, 20", "0.9, 60", "0.2, 5"})
  void theCountReproducesTheIntervalItCameFrom(double oe, double expected) {
    double upper = GeneBackground.upperBound(oe, expected);
    assertThat(GeneBackground.expectedCount(oe, upper)).isCloseTo(expected, within(expected * 0.1));
  }

  @Test
  void aGeneWithNoLossOfFunctionVariantsHasAboutThreeOverItsUpperBound() {
    // P(0 | lambda) = 0.05 at lambda = 3.0: oe_lof_upper 0.03 means about 100 expected
    assertThat(GeneBackground.expectedCount(0, 0.03)).isCloseTo(100, within(8.0));
  }

  @Test
  void drawsDistinctGenesOtherThanTheExcluded() {
    GeneBackground background =
        GeneBackground.read(SharedReference.path("genes/gnomad.v2.1.1.gene-constraints.tsv.gz"));
    assertThat(background.size()).isGreaterThan(15_000);
    List<String> drawn = background.draw(100, 7, Set.of("TTN"));
    assertThat(drawn).hasSize(100).doesNotHaveDuplicates().doesNotContain("TTN");
    assertThat(background.draw(100, 7, Set.of("TTN"))).isEqualTo(drawn);
  }
}
