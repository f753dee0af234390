package org.gms.server.insights.internal;

/**
 * 95% confidence intervals for the published figures, with the methods official statistics use.
 *
 * <ul>
 *   <li>A count taken as Poisson (a rate's numerator): Byar's approximation to the exact Poisson
 *       interval, lower = O(1 - 1/(9O) - z/(3 sqrt O))^3, upper = (O+1)(1 - 1/(9(O+1)) + z/(3
 *       sqrt(O+1)))^3, lower 0 for O = 0. It is within 0.2% of the exact (chi-squared) interval
 *       from O = 10 (4.787-18.391 against 4.795-18.390) and is what public health profiles in
 *       England use.
 *   <li>A group's rate against the national rate that includes it: the log rate ratio has variance
 *       1/O_group - 1/O_national (the delta method with the group inside the nation; treating them
 *       as independent would add instead of subtract and overstate the width), and the interval is
 *       exp(ln RR +/- z SE).
 *   <li>A proportion (share within target): Wilson's score interval.
 * </ul>
 */
final class Intervals {

  static final double Z95 = 1.959963984540054;

  private Intervals() {}

  /** A two-sided 95% interval. */
  record Interval(double lower, double upper) {

    Interval {
      if (!(lower <= upper)) {
        throw new IllegalArgumentException("An interval's lower end exceeds its upper end");
      }
    }

    Interval times(double factor) {
      return new Interval(lower * factor, upper * factor);
    }
  }

  /** Byar's interval for a Poisson count. */
  static Interval poisson(long observed) {
    if (observed < 0) {
      throw new IllegalArgumentException("A count cannot be negative: " + observed);
    }
    double o = observed;
    double lower = observed == 0 ? 0 : o * Math.pow(1 - 1 / (9 * o) - Z95 / (3 * Math.sqrt(o)), 3);
    double o1 = o + 1;
    double upper = o1 * Math.pow(1 - 1 / (9 * o1) + Z95 / (3 * Math.sqrt(o1)), 3);
    return new Interval(lower, upper);
  }

  /** A rate per 100,000 population with Byar's interval. */
  static Interval ratePer100k(long observed, long population) {
    if (population <= 0) {
      throw new IllegalArgumentException("A rate needs a population above 0: " + population);
    }
    return poisson(observed).times(100_000.0 / population);
  }

  /**
   * The ratio of a group's rate to the national rate (which includes the group) with its interval;
   * null when either count is 0 or the group is the whole nation.
   */
  static Ratio rateRatio(long groupCount, long groupPopulation, long nationCount, long nation) {
    if (groupCount <= 0 || nationCount <= 0 || groupCount >= nationCount) {
      return null;
    }
    double ratio = ((double) groupCount / groupPopulation) / ((double) nationCount / nation);
    double se = Math.sqrt(1.0 / groupCount - 1.0 / nationCount);
    double log = Math.log(ratio);
    return new Ratio(ratio, new Interval(Math.exp(log - Z95 * se), Math.exp(log + Z95 * se)));
  }

  /** A ratio with its interval. */
  record Ratio(double value, Interval interval) {}

  /** Wilson's score interval for x successes in n. */
  static Interval wilson(long x, long n) {
    if (n <= 0 || x < 0 || x > n) {
      throw new IllegalArgumentException("A proportion needs 0 <= x <= n, n > 0: " + x + "/" + n);
    }
    double p = (double) x / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
