package org.gms.server.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The weekly activity table ({@code insight_weekly}), rewritten month by month with the rest. */
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

  /** A week's counts of one value (requested, received, reported, cancelled, failed). */
  record WeekRow(LocalDate week, int value, long[] counts) {}

  /** The weeks whose Monday is from {@code first} to {@code last}, of a dimension. */
  List<WeekRow> weeks(Dimension dimension, LocalDate first, LocalDate last) {
    return jdbc.sql(
            "SELECT week, value, sum(requested), sum(received), sum(reported), sum(cancelled),"
                + " sum(failed) FROM insight_weekly"
                + " WHERE dimension = ? AND week >= ? AND week <= ? GROUP BY week, value")
        .params(dimension.name(), Date.valueOf(first), Date.valueOf(last))
        .query(
            (rs, n) ->
                new WeekRow(
                    rs.getDate(1).toLocalDate(),
                    rs.getInt(2),
                    new long[] {
                      rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)
                    }))
        .list();
  }
}
