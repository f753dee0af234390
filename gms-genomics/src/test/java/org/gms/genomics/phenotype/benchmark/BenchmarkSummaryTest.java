package org.gms.genomics.phenotype.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's summary line: fractions over annotated cases, unannotated ones counted apart. */
class BenchmarkSummaryTest {

  private static CaseResult ranked(String id, int phenotypeRank, int tiesAgainst, int caseRank) {
    return new CaseResult(id, "GENE", true, phenotypeRank, tiesAgainst, caseRank, 0);
  }

  private final List<CaseResult> results =
      List.of(
          ranked("a", 1, 1, 1),
          ranked("b", 1, 2, 3),
          ranked("c", 3, 3, 1),
          ranked("d", 10, 12, 11),
          ranked("e", 250, 250, 40),
          CaseResult.unannotated("f", "NOGENE"),
          CaseResult.unannotated("g", "-"));

  @Test
  void fractionsAreOverTheAnnotatedCasesOnly() {
    BenchmarkSummary summary = BenchmarkSummary.of(results);

    assertThat(summary.n()).isEqualTo(5);
    assertThat(summary.unannotated()).isEqualTo(2);
    assertThat(summary.top1()).isEqualTo(2 / 5.0);
    assertThat(summary.top3()).isEqualTo(3 / 5.0);
    assertThat(summary.top10()).isEqualTo(4 / 5.0);
    assertThat(summary.caseTop1()).isEqualTo(2 / 5.0);
    assertThat(summary.caseTop10()).isEqualTo(3 / 5.0);
    assertThat(summary.line())
        .isEqualTo(
            "n=5 top1=0.400 top3=0.600 top10=0.800 case_top1=0.400 case_top10=0.600"
                + " unannotated=2");
  }

  @Test
  void breakingTiesAgainstTheGeneGivesTheLowerBound() {
    BenchmarkSummary lower = BenchmarkSummary.tiesAgainst(results);

    assertThat(lower.top1()).isEqualTo(1 / 5.0);
    assertThat(lower.top3()).isEqualTo(3 / 5.0);
    assertThat(lower.top10()).isEqualTo(3 / 5.0);
  }

  @Test
  void noAnnotatedCaseGivesZeroFractionsNotAnError() {
    BenchmarkSummary none = BenchmarkSummary.of(List.of(CaseResult.unannotated("f", "X")));

    assertThat(none.line())
        .isEqualTo(
            "n=0 top1=0.000 top3=0.000 top10=0.000 case_top1=0.000 case_top10=0.000"
                + " unannotated=1");
  }

  @Test
  void aResultMustHaveBothRanksOrNeither() {
    assertThatThrownBy(() -> new CaseResult("x", "GENE", true, 1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseResult("x", "GENE", true, 3, 2, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
