package org.gms.server.insights.internal;

/**
 * Percentiles of whole-day durations kept as a histogram (count per day), by linear interpolation
 * between order statistics: Hyndman and Fan's type 7, the default of R and PostgreSQL's {@code
 * percentile_cont}. For n values sorted x[0..n-1], the p-th percentile is at position h = (n-1)p,
 * x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 */
final class Percentiles {

  private Percentiles() {}

  /**
   * @param countsByDay counts[d] = how many durations were d days
   * @param p between 0 and 1
   * @return the percentile, or NaN when there are no values
   */
  static double of(long[] countsByDay, double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("A percentile is between 0 and 1, not " + p);
    }
    long n = 0;
    for (long c : countsByDay) {
      n += c;
    }
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    long lower = (long) Math.floor(h);
    double low = valueAt(countsByDay, lower);
    double high = valueAt(countsByDay, Math.min(lower + 1, n - 1));
    return low + (h - lower) * (high - low);
  }

  /** The value at 0-based position k of the sorted values. */
  private static int valueAt(long[] countsByDay, long k) {
    long seen = 0;
    for (int day = 0; day < countsByDay.length; day++) {
      seen += countsByDay[day];
      if (seen > k) {
        return day;
      }
    }
    throw new IllegalArgumentException("Position " + k + " is beyond the values");
  }
}
