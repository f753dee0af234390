package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gms.server.ApiTest;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures over several years, read from the roll-up of quarters and years with the months around
 * them, are the hand-computed ones and the same as the sums of the monthly rows. The orders are in
 * 1990 to 1992 (no other test has orders then) with their own test codes.
 */
class MultiYearFiguresTest extends ApiTest {

  private static final long FIRST_ID = 9_100_000_001L;
  private static final String A = "MY-TEST-A";
  private static final String B = "MY-TEST-B";

  @Autowired InsightsStore store;
  @Autowired Labels labels;
  @Autowired Insights insights;
  @Autowired FiguresVersion version;

  /** Test A: reported after 10, 20, 30, 40, 50 days against a 35-day target. */
  private static final Object[][] A_ORDERS = {
    {"1990-02-01", 10},
    {"1990-11-01", 20},
    {"1991-05-01", 30},
    {"1992-01-15", 40},
    {"1992-10-01", 50}
  };

  /** Test B: reported after 7, 14, 21, 100 days against a 28-day target; one more cancelled. */
  private static final Object[][] B_ORDERS = {
    {"1990-04-02", 7}, {"1991-03-20", 14}, {"1991-12-31", 21}, {"1992-06-01", 100}
  };

  @BeforeEach
  void fixture() {
    List<OrderFact> facts = new ArrayList<>();
    long id = FIRST_ID;
    for (Object[] o : A_ORDERS) {
      facts.add(reported(id++, A, LocalDate.parse((String) o[0]), (Integer) o[1], 35));
    }
    for (Object[] o : B_ORDERS) {
      facts.add(reported(id++, B, LocalDate.parse((String) o[0]), (Integer) o[1], 28));
    }
    LocalDate cancelledOn = LocalDate.of(1991, 8, 1);
    facts.add(
        FixtureOrders.order(id, cancelledOn, 28, null, null, cancelledOn.plusDays(14), codes(B)));
    // the months of the orders as stored (a test may have changed one) and as they are now
    Set<LocalDate> months = store.monthsOf(facts.stream().map(OrderFact::orderId).toList());
    months.addAll(monthsOf(facts));
    store.upsert(facts);
    store.rebuild(months);
    version.changed();
  }

  private OrderFact reported(long id, String test, LocalDate requested, int days, int target) {
    return FixtureOrders.order(
        id, requested, target, requested.plusDays(5), requested.plusDays(days), null, codes(test));
  }

  private int[] codes(String test) {
    return FixtureOrders.codes(labels, d -> d == Dimension.TEST ? test : "Multi-year fixture");
  }

  private static Set<LocalDate> monthsOf(List<OrderFact> facts) {
    Set<LocalDate> months = new TreeSet<>();
    for (OrderFact f : facts) {
      for (LocalDate d :
          new LocalDate[] {f.requested(), f.received(), f.reported(), f.cancelled()}) {
        if (d != null) {
          months.add(MonthlyFigures.month(d));
        }
      }
    }
    return months;
  }

  private static final YearMonth FROM = YearMonth.of(1990, 1);
  private static final YearMonth TO = YearMonth.of(1992, 12);

  @Test
  void threeWholeYearsAreTheHandComputedFigures() {
    Figures figures = insights.figures(FROM, TO, Dimension.TEST);
    Figures.Row a = row(figures, A);
    Figures.Row b = row(figures, B);

    assertThat(a.requested()).isEqualTo(5);
    assertThat(a.reported()).isEqualTo(5);
    // 10, 20, 30, 40, 50 days: median at h = 2 -> 30; p90 at h = 3.6 -> 40 + 0.6 x 10
    assertThat(a.requestToReport().median()).isEqualTo(30.0);
    assertThat(a.requestToReport().p90()).isCloseTo(46.0, within(1e-9));
    assertThat(a.withinTarget()).isEqualTo(3);
    assertThat(a.shareWithinTarget().value()).isEqualTo(0.6);
    // receipt to report: 5, 15, 25, 35, 45 -> median 25
    assertThat(a.receiptToReport().median()).isEqualTo(25.0);

    assertThat(b.requested()).isEqualTo(5);
    assertThat(b.reported()).isEqualTo(4);
    assertThat(b.cancelled()).isEqualTo(1);
    assertThat(b.received()).isEqualTo(4);
    // 7, 14, 21, 100 days: median at h = 1.5 -> 17.5; p90 at h = 2.7 -> 21 + 0.7 x 79
    assertThat(b.requestToReport().median()).isEqualTo(17.5);
    assertThat(b.requestToReport().p90()).isCloseTo(76.3, within(1e-9));
    assertThat(b.shareWithinTarget().value()).isEqualTo(0.75);

    // the service: 7, 10, 14, 20, 21, 30, 40, 50, 100 -> median 21, p90 at h = 7.2 -> 60
    Figures.Row all = figures.total();
    assertThat(all.requested()).isEqualTo(10);
    assertThat(all.requestToReport().median()).isEqualTo(21.0);
    assertThat(all.requestToReport().p90()).isCloseTo(60.0, within(1e-9));
    assertThat(all.withinTarget()).isEqualTo(6);
  }

  @Test
  void everyPeriodGivesTheFiguresOfItsMonthlyRows() {
    for (YearMonth[] period :
        new YearMonth[][] {
          {FROM, TO}, // three years
          {YearMonth.of(1990, 2), YearMonth.of(1992, 11)}, // months, quarters, a year, quarters
          {YearMonth.of(1990, 4), YearMonth.of(1991, 12)}, // quarters and a year
          {YearMonth.of(1991, 3), YearMonth.of(1992, 1)} // a month, quarters, a month
        }) {
      Figures figures = insights.figures(period[0], period[1], Dimension.TEST);
      Map<String, FigureMaths.Sum> monthly = monthlySums(Dimension.TEST, period[0], period[1]);
      assertThat(monthly).as("orders in %s", List.of(period)).containsKeys(A, B);
      for (String test : List.of(A, B)) {
        assertThat(row(figures, test))
            .as("%s, %s to %s", test, period[0], period[1])
            .isEqualTo(FigureMaths.row(test, monthly.get(test), null));
      }
      FigureMaths.Sum service =
          FigureMaths.Sum.of(
              store.monthly(Dimension.ALL, period[0].atDay(1), period[1].plusMonths(1).atDay(1)));
      assertThat(figures.total())
          .usingRecursiveComparison()
          .ignoringFields("rate")
          .isEqualTo(FigureMaths.row(Labels.ALL, service, null));
    }
  }

  @Test
  void aRecomputedMonthMovesItsQuarterAndYear() {
    // A's 1991 order is now reported after 90 days (in July, late) instead of 30 (May)
    LocalDate requested = LocalDate.parse((String) A_ORDERS[2][0]);
    OrderFact later = reported(FIRST_ID + 2, A, requested, 90, 35);
    Set<LocalDate> months = store.monthsOf(List.of(later.orderId()));
    months.addAll(monthsOf(List.of(later)));
    store.upsert(List.of(later));
    store.rebuild(months);
    version.changed();
    try {
      Figures.Row a = row(insights.figures(FROM, TO, Dimension.TEST), A);
      // 10, 20, 40, 50, 90: median 40; p90 at h = 3.6 -> 50 + 0.6 x 40; within target 2
      assertThat(a.requestToReport().median()).isEqualTo(40.0);
      assertThat(a.requestToReport().p90()).isCloseTo(74.0, within(1e-9));
      assertThat(a.withinTarget()).isEqualTo(2);
      Map<String, FigureMaths.Sum> monthly = monthlySums(Dimension.TEST, FROM, TO);
      assertThat(a).isEqualTo(FigureMaths.row(A, monthly.get(A), null));
    } finally {
      fixture();
    }
  }

  private Map<String, FigureMaths.Sum> monthlySums(Dimension d, YearMonth from, YearMonth to) {
    Map<String, FigureMaths.Sum> out = new TreeMap<>();
    for (InsightsStore.MonthlyRow r : store.monthly(d, from.atDay(1), to.plusMonths(1).atDay(1))) {
      out.computeIfAbsent(labels.label(r.value()), v -> new FigureMaths.Sum()).add(r);
    }
    return out;
  }

  private static Figures.Row row(Figures figures, String value) {
    return figures.rows().stream()
        .filter(r -> r.value().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + value + " in " + figures.rows()));
  }
}
