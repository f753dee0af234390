package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stored (day, count) pairs of a histogram add up to the histogram they were written from. */
class HistogramTest {

  @Test
  void sparsePairsRoundTripAndAdd() {
    Histogram a = new Histogram();
    for (int days : new int[] {0, 3, 3, 40, 900}) {
      a.add(days);
    }
    // non-zero days only: 0 once, 3 twice, 40 once, and 900 counted at the cap (730)
    assertThat(a.sparse()).containsExactly(0, 1, 3, 2, 40, 1, Histogram.CAP, 1);

    Histogram sum = new Histogram();
    sum.add(3);
    sum.addSparse(java.util.Arrays.stream(a.sparse()).mapToInt(Integer::intValue).toArray());
    assertThat(sum.n()).isEqualTo(6);
    assertThat(sum.counts()[3]).isEqualTo(3);
    assertThat(sum.counts()[Histogram.CAP]).isEqualTo(1);
    assertThat(sum.counts()).hasSize(Histogram.CAP + 1);
    Histogram none = new Histogram();
    none.addSparse(new int[0]);
    assertThat(none.n()).isZero();
  }

  @Test
  void pairsOfSeveralHistogramsJoinedAsTextAddUpInAnyOrder() {
    // two months' pairs joined by string_agg: day 40 comes again, and after a later day
    int[] joined = Histogram.parsePairs("3,2,40,1,900,1,0,4,40,2");
    assertThat(joined).containsExactly(3, 2, 40, 1, 900, 1, 0, 4, 40, 2);

    Histogram h = new Histogram();
    h.addSparse(joined);

    assertThat(h.sparse()).containsExactly(0, 4, 3, 2, 40, 3, Histogram.CAP, 1);
    assertThat(Histogram.parsePairs(null)).isEmpty();
    assertThat(Histogram.parsePairs("")).isEmpty();
  }
}
