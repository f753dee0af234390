package org.gms.server.insights.internal;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gms.server.SqlArrays;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up of calendar quarters and years ({@code insight_rollup}): per quarter or year,
 * dimension and value, the sums of its monthly rows with their histograms merged. A quarter is
 * rebuilt from its monthly rows and a year from its quarters whenever one of their months is
 * recomputed, so each always equals the sum of its months.
 */
@Component
class RollupStore {

  static final int QUARTER = 3;
  static final int YEAR = 12;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  RollupStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
    this.jdbc = jdbc;
    this.template = new JdbcTemplate(dataSource);
  }

  /**
   * A period of whole months as the fewest blocks: each calendar year inside it, each calendar
   * quarter inside it but outside those years, and the months left (at most two at either end of
   * the quarters, or the whole period when it holds no quarter), each block by its first day.
   */
  record Blocks(List<LocalDate> months, List<LocalDate> quarters, List<LocalDate> years) {

    static Blocks of(YearMonth from, YearMonth to) {
      List<LocalDate> months = new ArrayList<>();
      List<LocalDate> quarters = new ArrayList<>();
      List<LocalDate> years = new ArrayList<>();
      YearMonth m = from;
      while (!m.isAfter(to)) {
        if (m.getMonthValue() == 1 && !m.plusMonths(YEAR - 1).isAfter(to)) {
          years.add(m.atDay(1));
          m = m.plusMonths(YEAR);
        } else if ((m.getMonthValue() - 1) % QUARTER == 0
            && !m.plusMonths(QUARTER - 1).isAfter(to)) {
          quarters.add(m.atDay(1));
          m = m.plusMonths(QUARTER);
        } else {
          months.add(m.atDay(1));
          m = m.plusMonths(1);
        }
      }
      return new Blocks(List.copyOf(months), List.copyOf(quarters), List.copyOf(years));
    }
  }

  void deleteAll() {
    jdbc.sql("DELETE FROM insight_rollup").update();
  }

  /** Rebuilds the quarters and then the years of these months from their monthly rows. */
  void rebuild(Collection<LocalDate> months) {
    Set<LocalDate> quarters = new TreeSet<>();
    Set<LocalDate> years = new TreeSet<>();
    for (LocalDate m : months) {
      quarters.add(m.withMonth((m.getMonthValue() - 1) / QUARTER * QUARTER + 1).withDayOfMonth(1));
      years.add(m.withDayOfYear(1));
    }
    if (quarters.isEmpty()) {
      return;
    }
    rebuild(
        QUARTER,
        quarters,
        "SELECT date_trunc('quarter', month)::date,"
            + SUMS
            + " FROM insight_monthly WHERE date_trunc('quarter', month)::date = ANY(?)"
            + " GROUP BY 1, 2, 3");
    rebuild(
        YEAR,
        years,
        "SELECT date_trunc('year', start)::date,"
            + SUMS
            + " FROM insight_rollup WHERE months = 3 AND date_trunc('year', start)::date = ANY(?)"
            + " GROUP BY 1, 2, 3");
  }

  /**
   * Dimension, value, the summed counts, then each histogram's pairs of every row joined (an empty
   * histogram is left out, not joined as an empty piece).
   */
  private static final String SUMS =
      " dimension, value, sum(requested), sum(received), sum(reported), sum(cancelled),"
          + " sum(failed), sum(within_target), sum(generated), sum(yield_reported),"
          + " sum(yield_pathogenic), "
          + joined("tat_request_receipt")
          + ", "
          + joined("tat_receipt_report")
          + ", "
          + joined("tat_request_report");

  private static String joined(String column) {
    return "string_agg(nullif(array_to_string(" + column + ", ','), ''), ',')";
  }

  private void rebuild(int length, Set<LocalDate> starts, String select) {
    Date[] dates = starts.stream().map(Date::valueOf).toArray(Date[]::new);
    jdbc.sql("DELETE FROM insight_rollup WHERE months = ? AND start = ANY(?)")
        .params(length, dates)
        .update();
    List<Object[]> rows = new ArrayList<>();
    jdbc.sql(select)
        .param(dates)
        .query(
            (java.sql.ResultSet rs) -> {
              Object[] row = new Object[15];
              row[0] = rs.getDate(1);
              row[1] = rs.getString(2);
              for (int c = 3; c <= 12; c++) {
                row[c - 1] = rs.getLong(c);
              }
              for (int c = 13; c <= 15; c++) {
                Histogram h = new Histogram();
                h.addSparse(Histogram.parsePairs(rs.getString(c)));
                row[c - 1] = h.sparse();
              }
              rows.add(row);
            });
    template.batchUpdate(
        "INSERT INTO insight_rollup (start, dimension, value, requested, received, reported,"
            + " cancelled, failed, within_target, generated, yield_reported, yield_pathogenic,"
            + " tat_request_receipt, tat_receipt_report, tat_request_report, months)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        1000,
        (ps, row) -> {
          ps.setDate(1, (Date) row[0]);
          ps.setString(2, (String) row[1]);
          for (int c = 2; c < 12; c++) {
            ps.setInt(c + 1, Math.toIntExact((Long) row[c]));
          }
          Connection con = ps.getConnection();
          for (int c = 12; c < 15; c++) {
            ps.setArray(c + 1, con.createArrayOf("int4", (Integer[]) row[c]));
          }
          ps.setInt(16, length);
        });
  }

  /** The rows of a dimension for these quarters and years, each dated its first day. */
  List<InsightsStore.MonthlyRow> rows(
      Dimension dimension, List<LocalDate> quarters, List<LocalDate> years) {
    if (quarters.isEmpty() && years.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT start, value, requested, received, reported, cancelled, failed, within_target,"
                + " generated, tat_request_receipt, tat_receipt_report, tat_request_report"
                + " FROM insight_rollup WHERE dimension = ? AND ((months = 3 AND start = ANY(?))"
                + " OR (months = 12 AND start = ANY(?)))")
        .params(dimension.name(), dates(quarters), dates(years))
        .query((rs, n) -> row(rs))
        .list();
  }

  static Date[] dates(List<LocalDate> days) {
    return days.stream().map(Date::valueOf).toArray(Date[]::new);
  }

  /**
   * A row of {@code insight_monthly} or {@code insight_rollup} read as month (or first day), value,
   * the seven counts and the three histograms.
   */
  static InsightsStore.MonthlyRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new InsightsStore.MonthlyRow(
        rs.getDate(1).toLocalDate(),
        rs.getInt(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getInt(7),
        rs.getInt(8),
        rs.getInt(9),
        SqlArrays.ints(rs.getArray(10)),
        SqlArrays.ints(rs.getArray(11)),
        SqlArrays.ints(rs.getArray(12)));
  }
}
