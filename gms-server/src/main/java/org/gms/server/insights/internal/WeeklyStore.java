package org.gms.server.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.SqlArrays;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The weekly activity tables: {@code insight_weekly}, a row per week part of each month (rewritten
 * month by month with the rest), and {@code insight_week}, a row per dimension and week with its
 * values' counts summed over the parts (as arrays), rebuilt for the weeks of the months rewritten
 * and read by the dashboard.
 */
@Component
class WeeklyStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  WeeklyStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
    this.jdbc = jdbc;
    this.template = new JdbcTemplate(dataSource);
  }

  /** Removes the rows of these months (null: all). */
  void delete(Set<LocalDate> months) {
    if (months == null) {
      jdbc.sql("DELETE FROM insight_weekly").update();
      jdbc.sql("DELETE FROM insight_week").update();
    } else if (!months.isEmpty()) {
      jdbc.sql("DELETE FROM insight_weekly WHERE month = ANY(?)")
          .param(months.stream().map(Date::valueOf).toArray(Date[]::new))
          .update();
    }
  }

  void write(Map<MonthlyFigures.WeekKey, int[]> weeks) {
    template.batchUpdate(
        "INSERT INTO insight_weekly (week, month, dimension, value, requested, received, reported,"
            + " cancelled, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new ArrayList<>(weeks.entrySet()),
        1000,
        (ps, e) -> {
          MonthlyFigures.WeekKey k = e.getKey();
          ps.setDate(1, Date.valueOf(k.week()));
          ps.setDate(2, Date.valueOf(k.month()));
          ps.setString(3, k.dimension().name());
          ps.setInt(4, k.value());
          for (int i = 0; i < MonthlyFigures.EVENTS; i++) {
            ps.setInt(5 + i, e.getValue()[i]);
          }
        });
  }

  /** Requests per (week, month) part of a dimension value in the months [from, to). */
  java.util.Map<List<LocalDate>, Long> requestedParts(
      Dimension dimension, int value, LocalDate from, LocalDate to) {
    java.util.Map<List<LocalDate>, Long> out = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT week, month, requested FROM insight_weekly"
                + " WHERE dimension = ? AND value = ? AND month >= ? AND month < ?")
        .params(dimension.name(), value, Date.valueOf(from), Date.valueOf(to))
        .query(
            (java.sql.ResultSet rs) -> {
              out.put(
                  List.of(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), rs.getLong(3));
            });
    return out;
  }

  /** Requests per (week, month, value) part of a dimension in the months [from, to). */
  java.util.Map<List<Object>, Long> requestedParts(
      Dimension dimension, LocalDate from, LocalDate to) {
    java.util.Map<List<Object>, Long> out = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT week, month, value, requested FROM insight_weekly"
                + " WHERE dimension = ? AND month >= ? AND month < ? AND requested > 0")
        .params(dimension.name(), Date.valueOf(from), Date.valueOf(to))
        .query(
            (java.sql.ResultSet rs) -> {
              out.put(
                  List.of(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getInt(3)),
                  rs.getLong(4));
            });
    return out;
  }

  /**
   * Rebuilds the summed rows ({@code insight_week}) of every week with a day in these months from
   * their parts in {@code insight_weekly}; call after the months' parts are written.
   */
  void sumWeeks(Set<LocalDate> months) {
    if (months.isEmpty()) {
      return;
    }
    java.util.TreeSet<LocalDate> mondays = new java.util.TreeSet<>();
    for (LocalDate m : months) {
      for (WeeklyParts.Part p : WeeklyParts.of(java.time.YearMonth.from(m))) {
        mondays.add(p.monday());
      }
    }
    Date[] weeks = mondays.stream().map(Date::valueOf).toArray(Date[]::new);
    jdbc.sql("DELETE FROM insight_week WHERE week = ANY(?)").param(weeks).update();
    // a week's parts lie in the month of its Monday and the next one
    jdbc.sql(
            "INSERT INTO insight_week (dimension, week, value, requested, received, reported,"
                + " cancelled, failed) SELECT dimension, week, array_agg(value ORDER BY value),"
                + " array_agg(requested ORDER BY value), array_agg(received ORDER BY value),"
                + " array_agg(reported ORDER BY value), array_agg(cancelled ORDER BY value),"
                + " array_agg(failed ORDER BY value) FROM (SELECT dimension, week, value,"
                + " sum(requested)::int AS requested, sum(received)::int AS received,"
                + " sum(reported)::int AS reported, sum(cancelled)::int AS cancelled,"
                + " sum(failed)::int AS failed FROM insight_weekly"
                + " WHERE month >= ? AND month <= ? AND week = ANY(?)"
                + " GROUP BY dimension, week, value) parts GROUP BY dimension, week")
        .params(
            Date.valueOf(mondays.first().withDayOfMonth(1)),
            Date.valueOf(mondays.last().plusMonths(1).withDayOfMonth(1)),
            weeks)
        .update();
  }

  /**
   * A week's values and their counts.
   *
   * @param values the value codes, ascending
   * @param counts per event (requested, received, reported, cancelled, failed), per value
   */
  record WeekValues(LocalDate week, int[] values, int[][] counts) {

    WeekValues {
      if (counts.length != MonthlyFigures.EVENTS) {
        throw new IllegalArgumentException(
            "A week needs " + MonthlyFigures.EVENTS + " counts per value, not " + counts.length);
      }
    }

    /** The counts of the value at {@code index} (requested, received, ...). */
    long[] counts(int index) {
      long[] out = new long[counts.length];
      for (int e = 0; e < out.length; e++) {
        out[e] = counts[e][index];
      }
      return out;
    }
  }

  /** The weeks whose Monday is from {@code first} to {@code last}, of a dimension, oldest first. */
  List<WeekValues> weeks(Dimension dimension, LocalDate first, LocalDate last) {
    return jdbc.sql(
            "SELECT week, value, requested, received, reported, cancelled, failed FROM insight_week"
                + " WHERE dimension = ? AND week >= ? AND week <= ? ORDER BY week")
        .params(dimension.name(), Date.valueOf(first), Date.valueOf(last))
        .query(
            (rs, n) -> {
              int[][] counts = new int[MonthlyFigures.EVENTS][];
              for (int e = 0; e < counts.length; e++) {
                counts[e] = SqlArrays.ints(rs.getArray(3 + e));
              }
              return new WeekValues(
                  rs.getDate(1).toLocalDate(), SqlArrays.ints(rs.getArray(2)), counts);
            })
        .list();
  }
}
