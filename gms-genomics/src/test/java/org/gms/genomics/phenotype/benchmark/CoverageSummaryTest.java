package org.gms.genomics.phenotype.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures split by whether the causative gene is dominated in the annotations. */
class CoverageSummaryTest {

  private static CaseResult ranked(String id, int phenotypeRank, int dominatingGenes) {
    return new CaseResult(id, "GENE", true, phenotypeRank, phenotypeRank, 1, dominatingGenes);
  }

  @Test
  void splitsTheCasesAndBoundsTop1ByTheDominatedOnes() {
    CoverageSummary summary =
        CoverageSummary.of(
            List.of(
                ranked("a", 1, 0),
                ranked("b", 4, 0),
                ranked("c", 1, 3),
                ranked("d", 12, 1),
                ranked("e", 40, 25),
                CaseResult.unannotated("f", "-")));

    assertThat(summary.n()).isEqualTo(5);
    assertThat(summary.dominated()).isEqualTo(3);
    assertThat(summary.dominatedTop1()).isEqualTo(1 / 3.0);
    assertThat(summary.othersTop1()).isEqualTo(1 / 2.0);
    assertThat(summary.othersTop10()).isEqualTo(1.0);
    // every undominated case first (2) plus the dominated one already first (1), of 5
    assertThat(summary.top1Ceiling()).isEqualTo(3 / 5.0);
    // only e is dominated by 10 or more genes, and it is not in the top 10
    assertThat(summary.dominatedByTen()).isEqualTo(1);
    assertThat(summary.top10Ceiling()).isEqualTo(4 / 5.0);
    assertThat(summary.line())
        .isEqualTo(
            "dominated=3 of 5 (60.0%) top1=0.333 top10=0.333; others top1=0.500 top10=1.000;"
                + " top1 ceiling=0.600; dominated by >=10 genes=1 top10=0.000;"
                + " top10 ceiling=0.800");
  }

  @Test
  void noCasesGiveZerosNotAnError() {
    assertThat(CoverageSummary.of(List.of()).line())
        .isEqualTo(
            "dominated=0 of 0 (0.0%) top1=0.000 top10=0.000; others top1=0.000 top10=0.000;"
                + " top1 ceiling=0.000; dominated by >=10 genes=0 top10=0.000;"
                + " top10 ceiling=0.000");
  }
}
