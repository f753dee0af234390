package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gms.server.ApiTest;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Insights;
import org.gms.server.insights.Weekly;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly sums the dashboard reads ({@code insight_week}) are the sums of the week parts of each
 * month ({@code insight_weekly}), for every dimension, after a month is recomputed alone.
 */
class WeeklySumsTest extends ApiTest {

  private static final long FIRST_ID = 9_400_000_001L;
  // Monday 29 May 2017: its week runs into June
  private static final LocalDate MONDAY = LocalDate.of(2017, 5, 29);

  @Autowired InsightsStore store;
  @Autowired WeeklyStore weekly;
  @Autowired Labels labels;
  @Autowired Insights insights;
  @Autowired JdbcClient jdbc;

  @Test
  void theWeeklySumsAreThoseOfTheMonthPartsAfterEachRecompute() {
    List<Long> ids = List.of(FIRST_ID, FIRST_ID + 1, FIRST_ID + 2);
    // requested on Tuesday 30 May, received on Friday 2 June (the same week, the next month)
    write(ids, LocalDate.of(2017, 6, 2));
    assertSumsMatchParts();
    Weekly week = insights.weekly(MONDAY, MONDAY, Dimension.GEOGRAPHY);
    assertThat(week.weeks().get(0).total().requested()).isGreaterThanOrEqualTo(3);
    assertThat(week.weeks().get(0).values().get("Weekly Sums Land"))
        .isEqualTo(new Weekly.Counts(3, 3, 0, 0, 0));

    // one sample arrives on Monday 3 July instead: June is recomputed with July
    write(List.of(FIRST_ID + 1), LocalDate.of(2017, 7, 3));
    assertSumsMatchParts();
    Weekly after = insights.weekly(MONDAY, LocalDate.of(2017, 7, 3), Dimension.GEOGRAPHY);
    assertThat(after.weeks().get(0).values().get("Weekly Sums Land"))
        .isEqualTo(new Weekly.Counts(3, 2, 0, 0, 0));
    assertThat(after.weeks().get(5).values().get("Weekly Sums Land"))
        .isEqualTo(new Weekly.Counts(0, 1, 0, 0, 0));
  }

  private void write(List<Long> ids, LocalDate received) {
    Set<LocalDate> months = new TreeSet<>(store.monthsOf(ids));
    List<OrderFact> facts = new ArrayList<>();
    for (long id : ids) {
      int[] codes = FixtureOrders.codes(labels, d -> "Weekly Sums " + (id - FIRST_ID));
      codes[Dimension.GEOGRAPHY.ordinal()] = labels.code(Dimension.GEOGRAPHY, "Weekly Sums Land");
      LocalDate requested = MONDAY.plusDays(1);
      facts.add(FixtureOrders.order(id, requested, 84, received, null, null, codes));
    }
    store.upsert(facts);
    months.addAll(store.monthsOf(ids));
    store.rebuild(months);
  }

  /** Every dimension's weekly sums over 2017, read as the dashboard does and summed from parts. */
  private void assertSumsMatchParts() {
    LocalDate first = LocalDate.of(2016, 12, 26);
    LocalDate last = LocalDate.of(2017, 12, 25);
    for (Dimension d : Dimension.values()) {
      Map<List<Object>, List<Long>> read = new HashMap<>();
      for (WeeklyStore.WeekValues week : weekly.weeks(d, first, last)) {
        for (int v = 0; v < week.values().length; v++) {
          read.put(List.of(week.week(), week.values()[v]), asList(week.counts(v)));
        }
      }
      Map<List<Object>, List<Long>> summed = new HashMap<>();
      jdbc.sql(
              "SELECT week, value, sum(requested), sum(received), sum(reported), sum(cancelled),"
                  + " sum(failed) FROM insight_weekly WHERE dimension = ? AND week >= ?"
                  + " AND week <= ? GROUP BY week, value")
          .params(d.name(), Date.valueOf(first), Date.valueOf(last))
          .query(
              (java.sql.ResultSet rs) -> {
                long[] c = new long[MonthlyFigures.EVENTS];
                for (int e = 0; e < c.length; e++) {
                  c[e] = rs.getLong(3 + e);
                }
                summed.put(List.of(rs.getDate(1).toLocalDate(), rs.getInt(2)), asList(c));
              });
      assertThat(read).as(d.name()).isNotEmpty().isEqualTo(summed);
    }
  }

  private static List<Long> asList(long[] counts) {
    return java.util.Arrays.stream(counts).boxed().toList();
  }
}
