package org.gms.server.insights.internal;

import java.util.List;
import org.gms.server.insights.Figures;

/** From monthly rows to the published kinds of figure. */
final class FigureMaths {

  private FigureMaths() {}

  /** The summed counts and histograms of several monthly rows of one value. */
  static final class Sum {
    long requested;
    long received;
    long reported;
    long cancelled;
    long failed;
    long withinTarget;
    long generated;
    final Histogram requestToReceipt = new Histogram();
    final Histogram receiptToReport = new Histogram();
    final Histogram requestToReport = new Histogram();

    void add(InsightsStore.MonthlyRow row) {
      requested += row.requested();
      received += row.received();
      reported += row.reported();
      cancelled += row.cancelled();
      failed += row.failed();
      withinTarget += row.withinTarget();
      generated += row.generated();
      requestToReceipt.addSparse(row.requestToReceipt());
      receiptToReport.addSparse(row.receiptToReport());
      requestToReport.addSparse(row.requestToReport());
    }

    static Sum of(List<InsightsStore.MonthlyRow> rows) {
      Sum sum = new Sum();
      rows.forEach(sum::add);
      return sum;
    }
  }

  static Figures.Turnaround turnaround(Histogram histogram) {
    long[] counts = histogram.counts();
    long n = histogram.n();
    if (n == 0) {
      return new Figures.Turnaround(0, null, null);
    }
    return new Figures.Turnaround(n, Percentiles.of(counts, 0.5), Percentiles.of(counts, 0.9));
  }

  static Figures.Proportion share(long x, long n) {
    if (n == 0) {
      return null;
    }
    Intervals.Interval ci = Intervals.wilson(x, n);
    return new Figures.Proportion((double) x / n, ci.lower(), ci.upper());
  }

  /**
   * Requests per 100,000 population per year over {@code months} months, with its ratio to the
   * nation's.
   */
  static Figures.Rate rate(
      long count, long population, long nationCount, long nation, int months, boolean isNation) {
    double years = months / 12.0;
    double factor = 100_000.0 / (population * years);
    Intervals.Interval ci = Intervals.poisson(count).times(factor);
    Intervals.Ratio ratio =
        isNation ? null : Intervals.rateRatio(count, population, nationCount, nation);
    return new Figures.Rate(
        count,
        population,
        count * factor,
        ci.lower(),
        ci.upper(),
        ratio == null ? null : ratio.value(),
        ratio == null ? null : ratio.interval().lower(),
        ratio == null ? null : ratio.interval().upper());
  }

  static Figures.Row row(String value, Sum sum, Figures.Rate rate) {
    return new Figures.Row(
        value,
        sum.requested,
        sum.received,
        sum.reported,
        sum.cancelled,
        sum.failed,
        turnaround(sum.requestToReceipt),
        turnaround(sum.receiptToReport),
        turnaround(sum.requestToReport),
        sum.withinTarget,
        share(sum.withinTarget, sum.reported),
        rate);
  }
}
