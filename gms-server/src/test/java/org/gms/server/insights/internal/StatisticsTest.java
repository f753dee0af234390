package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures' statistics against values worked out by hand from their published formulas (the
 * arithmetic is in each row's comment).
 */
class StatisticsTest {

  /** Histogram of the values 10, 20, ..., 100 (one each). */
  private static long[] tens() {
    long[] counts = new long[101];
    for (int d = 10; d <= 100; d += 10) {
      counts[d] = 1;
    }
    return counts;
  }

  @ParameterizedTest(name = "p{0} of 10,20,...,100 = {1}")
  @CsvSource({
    // h = (n-1)p = 9p; x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
    "0.0, 10", // h = 0
    "0.5, 55", // h = 4.5: 50 + 0.5 * 10
    "0.9, 91", // h = 8.1: 90 + 0.1 * 10
    "1.0, 100" // h = 9
  })
  void percentilesInterpolateBetweenOrderStatistics(double p, double expected) {
    assertThat(Percentiles.of(tens(), p)).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest(name = "{0} values: median {1}, p90 {2}")
  @CsvSource({
    // 3, 3, 7: median x[1] = 3; p90 h = 1.8: 3 + 0.8 * 4 = 6.2
    "'0,0,0,2,0,0,0,1', 3, 6.2",
    // a single value is every percentile
    "'0,0,0,0,0,1', 5, 5"
  })
  void percentilesOfRepeatedValues(String counts, double median, double p90) {
    long[] histogram =
        java.util.Arrays.stream(counts.split(",")).mapToLong(Long::parseLong).toArray();
    assertThat(Percentiles.of(histogram, 0.5)).isCloseTo(median, within(1e-9));
    assertThat(Percentiles.of(histogram, 0.9)).isCloseTo(p90, within(1e-9));
  }

  @ParameterizedTest(name = "Byar 95% interval of {0}: {1} to {2}")
  @CsvSource({
    // O = 0: lower 0; upper 1 * (1 - 1/9 + 1.96/3)^3 = 1.5422^3
    "0, 0, 3.6680",
    // O = 10: 10 (1 - 1/90 - 1.96/(3 sqrt 10))^3; 11 (1 - 1/99 + 1.96/(3 sqrt 11))^3
    // (the exact chi-squared interval is 4.7954 to 18.3904)
    "10, 4.7874, 18.3915",
    "100, 81.3621, 121.6279"
  })
  void poissonIntervalsFollowByar(long observed, double lower, double upper) {
    Intervals.Interval ci = Intervals.poisson(observed);
    assertThat(ci.lower()).isCloseTo(lower, within(5e-4));
    assertThat(ci.upper()).isCloseTo(upper, within(5e-4));
  }

  @ParameterizedTest(name = "Wilson {0}/{1}: {2} to {3}")
  @CsvSource({
    // p = 0.8, z^2 = 3.8415: centre (0.8 + 0.19207)/1.38415 = 0.71674,
    // half 1.96/1.38415 * sqrt(0.016 + 0.0096037) = 0.22658
    "8, 10, 0.4902, 0.9433",
    // p = 0: centre 0.19207/1.38415 = 0.13876 = half
    "0, 10, 0, 0.2775"
  })
  void proportionsHaveWilsonIntervals(long x, long n, double lower, double upper) {
    Intervals.Interval ci = Intervals.wilson(x, n);
    assertThat(ci.lower()).isCloseTo(lower, within(5e-4));
    assertThat(ci.upper()).isCloseTo(upper, within(5e-4));
  }

  @ParameterizedTest(name = "{0}/{1} against {2}/{3}: ratio {4} ({5} to {6})")
  @CsvSource({
    // RR = (50/1e6)/(400/1e7) = 1.25; SE = sqrt(1/50 - 1/400) = 0.132288 (the group is inside
    // the nation); 1.25 exp(+/-1.96 * 0.132288) = 1.25 exp(+/-0.259280)
    "50, 1000000, 400, 10000000, 1.25, 0.9645, 1.6200",
    // RR = (6/7.5e6)/(11/57.1e6) = 4.15273; SE = sqrt(1/6 - 1/11) = 0.274986
    "6, 7500000, 11, 57100000, 4.1527, 2.4213, 7.1223"
  })
  void rateRatiosHaveLogNormalIntervals(
      long count,
      long population,
      long nationCount,
      long nation,
      double ratio,
      double lower,
      double upper) {
    Intervals.Ratio rr = Intervals.rateRatio(count, population, nationCount, nation);
    assertThat(rr.value()).isCloseTo(ratio, within(5e-4));
    assertThat(rr.interval().lower()).isCloseTo(lower, within(5e-4));
    assertThat(rr.interval().upper()).isCloseTo(upper, within(5e-4));
  }
}
