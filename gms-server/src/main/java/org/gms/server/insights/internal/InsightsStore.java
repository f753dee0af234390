package org.gms.server.insights.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insights tables: the order summary and the monthly (and, through WeeklyStore, weekly)
 * figures.
 */
@Component
class InsightsStore {

  private static final String FACT_COLUMNS =
      "order_id, generated, requested_on, received_on, reported_on, cancelled_on, failed_on,"
          + " expected_by, target_days";

  /** What is read back: the written columns and the finding, kept from the reports. */
  private static final String READ_COLUMNS = FACT_COLUMNS + ", finding";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final WeeklyStore weekly;
  private final OpenOrders open;
  private final RollupStore rollup;

  InsightsStore(
      JdbcClient jdbc,
      DataSource dataSource,
      WeeklyStore weekly,
      OpenOrders open,
      RollupStore rollup) {
    this.jdbc = jdbc;
    this.rollup = rollup;
    this.weekly = weekly;
    this.open = open;
    this.template = new JdbcTemplate(dataSource);
  }

  static String dimensionColumns() {
    StringBuilder out = new StringBuilder();
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.ALL) {
        out.append(", ").append(d.column());
      }
    }
    return out.toString();
  }

  /** Stores the orders, replacing what was kept of them. */
  void upsert(Collection<OrderFact> facts) {
    String columns = FACT_COLUMNS + dimensionColumns();
    int n = columns.split(",").length;
    StringBuilder update = new StringBuilder();
    for (String column : columns.split(",")) {
      String c = column.strip();
      if (!c.equals("order_id")) {
        update.append(update.isEmpty() ? "" : ", ").append(c).append(" = excluded.").append(c);
      }
    }
    String sql =
        "INSERT INTO insight_order ("
            + columns
            + ") VALUES ("
            + "?, ".repeat(n - 1)
            + "?) ON CONFLICT (order_id) DO UPDATE SET "
            + update;
    List<OrderFact> list = new ArrayList<>(facts);
    template.batchUpdate(
        sql,
        list,
        500,
        (ps, f) -> {
          int i = 1;
          ps.setLong(i++, f.orderId());
          ps.setBoolean(i++, f.generated());
          for (LocalDate d :
              new LocalDate[] {
                f.requested(), f.received(), f.reported(), f.cancelled(), f.failed(), f.expectedBy()
              }) {
            ps.setObject(i++, d == null ? null : Date.valueOf(d));
          }
          ps.setInt(i++, f.targetDays());
          for (Dimension d : Dimension.values()) {
            if (d != Dimension.ALL) {
              ps.setInt(i++, f.code(d));
            }
          }
        });
  }

  /** The months in which any of these orders has an event (to recompute them). */
  Set<LocalDate> monthsOf(Collection<Long> orderIds) {
    Set<LocalDate> months = new TreeSet<>();
    if (orderIds.isEmpty()) {
      return months;
    }
    jdbc.sql(
            "SELECT requested_on, received_on, reported_on, cancelled_on, failed_on"
                + " FROM insight_order WHERE order_id = ANY(?)")
        .param(orderIds.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              for (int c = 1; c <= 5; c++) {
                Date d = rs.getDate(c);
                if (d != null) {
                  months.add(MonthlyFigures.month(d.toLocalDate()));
                }
              }
            });
    return months;
  }

  /**
   * Recomputes the monthly figures of these months (null: all) from the order summary, in one
   * transaction.
   */
  @Transactional
  void rebuild(Set<LocalDate> months) {
    if (months == null) {
      jdbc.sql("DELETE FROM insight_monthly").update();
      weekly.delete(null);
      rollup.deleteAll();
      open.recountAll();
      LocalDate[] range =
          jdbc.sql(
                  "SELECT min(requested_on), max(greatest(requested_on, received_on, reported_on,"
                      + " cancelled_on, failed_on)) FROM insight_order")
              .query(
                  (ResultSet rs) -> {
                    rs.next();
                    Date first = rs.getDate(1);
                    return first == null
                        ? new LocalDate[0]
                        : new LocalDate[] {first.toLocalDate(), rs.getDate(2).toLocalDate()};
                  });
      if (range.length == 0) {
        return;
      }
      // a few months at a time, to bound the memory of the histograms
      LocalDate m = MonthlyFigures.month(range[0]);
      while (!m.isAfter(range[1])) {
        Set<LocalDate> chunk = new TreeSet<>();
        for (int i = 0; i < 6 && !m.isAfter(range[1]); i++, m = m.plusMonths(1)) {
          chunk.add(m);
        }
        recompute(chunk);
      }
      rollup.rebuild(monthsOf(MonthlyFigures.month(range[0]), m));
      return;
    }
    if (!months.isEmpty()) {
      Date[] dates = months.stream().map(Date::valueOf).toArray(Date[]::new);
      jdbc.sql("DELETE FROM insight_monthly WHERE month = ANY(?)").param(dates).update();
      weekly.delete(months);
      recompute(months);
      rollup.rebuild(months);
    }
  }

  /** The months [first, end), each its first day. */
  private static Set<LocalDate> monthsOf(LocalDate first, LocalDate end) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate m = first; m.isBefore(end); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /**
   * Every event falls at most {@link #EVENT_DAYS} days after its request (later ones are not
   * counted in the monthly figures).
   */
  static final int EVENT_DAYS = 1100;

  private void recompute(Set<LocalDate> months) {
    MonthlyFigures figures = new MonthlyFigures(months);
    Date[] dates = months.stream().map(Date::valueOf).toArray(Date[]::new);
    LocalDate first = months.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = months.stream().max(LocalDate::compareTo).orElseThrow().plusMonths(1);
    String any =
        " WHERE requested_on >= ? AND requested_on < ? AND ("
            + " date_trunc('month', requested_on)::date = ANY(?)"
            + " OR date_trunc('month', received_on)::date = ANY(?)"
            + " OR date_trunc('month', reported_on)::date = ANY(?)"
            + " OR date_trunc('month', cancelled_on)::date = ANY(?)"
            + " OR date_trunc('month', failed_on)::date = ANY(?))";
    eachFact(
        any,
        ps -> {
          ps.setDate(1, Date.valueOf(first.minusDays(EVENT_DAYS)));
          ps.setDate(2, Date.valueOf(last));
          Array array = ps.getConnection().createArrayOf("date", dates);
          for (int i = 3; i <= 7; i++) {
            ps.setArray(i, array);
          }
        },
        figures::add);
    write(figures.cells());
    weekly.write(figures.weeks());
    weekly.sumWeeks(months);
  }

  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void eachFact(String where, Binder binder, Consumer<OrderFact> each) {
    String sql = "SELECT " + READ_COLUMNS + dimensionColumns() + " FROM insight_order" + where;
    template.query(
        (Connection c) -> {
          PreparedStatement ps = c.prepareStatement(sql);
          ps.setFetchSize(10_000);
          binder.bind(ps);
          return ps;
        },
        (ResultSet rs) -> {
          each.accept(OrderFact.read(rs));
        });
  }

  private void write(Map<MonthlyFigures.Key, MonthlyFigures.Cell> cells) {
    List<Map.Entry<MonthlyFigures.Key, MonthlyFigures.Cell>> rows =
        new ArrayList<>(cells.entrySet());
    template.batchUpdate(
        "INSERT INTO insight_monthly (month, dimension, value, requested, received, reported,"
            + " cancelled, failed, within_target, generated, tat_request_receipt,"
            + " tat_receipt_report, tat_request_report, yield_reported, yield_pathogenic)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        1000,
        (ps, e) -> {
          MonthlyFigures.Key k = e.getKey();
          MonthlyFigures.Cell c = e.getValue();
          ps.setDate(1, Date.valueOf(k.month()));
          ps.setString(2, k.dimension().name());
          ps.setInt(3, k.value());
          ps.setInt(4, c.requested);
          ps.setInt(5, c.received);
          ps.setInt(6, c.reported);
          ps.setInt(7, c.cancelled);
          ps.setInt(8, c.failed);
          ps.setInt(9, c.withinTarget);
          ps.setInt(10, c.generated);
          Connection con = ps.getConnection();
          ps.setArray(11, con.createArrayOf("int4", c.requestToReceipt.sparse()));
          ps.setArray(12, con.createArrayOf("int4", c.receiptToReport.sparse()));
          ps.setArray(13, con.createArrayOf("int4", c.requestToReport.sparse()));
          ps.setInt(14, c.yieldReported);
          ps.setInt(15, c.yieldPathogenic);
        });
  }

  /** A stored monthly row; its histograms as (day, count) pairs ({@link Histogram#sparse()}). */
  record MonthlyRow(
      LocalDate month,
      int value,
      int requested,
      int received,
      int reported,
      int cancelled,
      int failed,
      int withinTarget,
      int generated,
      int[] requestToReceipt,
      int[] receiptToReport,
      int[] requestToReport) {}

  private static final String MONTHLY =
      "SELECT month, value, requested, received, reported, cancelled, failed, within_target,"
          + " generated, tat_request_receipt, tat_receipt_report, tat_request_report"
          + " FROM insight_monthly";

  /** The monthly rows of a dimension in [from, to). */
  List<MonthlyRow> monthly(Dimension dimension, LocalDate from, LocalDate to) {
    return jdbc.sql(MONTHLY + " WHERE dimension = ? AND month >= ? AND month < ?")
        .params(dimension.name(), Date.valueOf(from), Date.valueOf(to))
        .query((rs, n) -> RollupStore.row(rs))
        .list();
  }

  /**
   * The rows that add up to a dimension's figures over the months [from, to]: one per value and
   * whole calendar year, whole quarter outside those and month left over ({@link
   * RollupStore.Blocks}). A quarter's or year's row holds the sums of its monthly rows, so the
   * figures are those of the monthly rows alone, read from up to 12 times fewer rows.
   */
  List<MonthlyRow> period(Dimension dimension, YearMonth from, YearMonth to) {
    RollupStore.Blocks blocks = RollupStore.Blocks.of(from, to);
    List<MonthlyRow> rows =
        new ArrayList<>(rollup.rows(dimension, blocks.quarters(), blocks.years()));
    if (!blocks.months().isEmpty()) {
      rows.addAll(
          jdbc.sql(MONTHLY + " WHERE dimension = ? AND month = ANY(?)")
              .params(dimension.name(), RollupStore.dates(blocks.months()))
              .query((rs, n) -> RollupStore.row(rs))
              .list());
    }
    return rows;
  }

  /** Open orders and the overdue among them on {@code today}, by laboratory code. */
  record Backlog(int laboratory, long open, long overdue) {}

  List<Backlog> backlog(LocalDate today) {
    return open.backlog(today);
  }

  /** The orders requested in [from, to) with this value of the dimension, newest first. */
  List<OrderFact> orders(Dimension dimension, int value, LocalDate from, LocalDate to, int limit) {
    String filter = dimension == Dimension.ALL ? "" : " AND " + dimension.column() + " = ?";
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
    if (dimension != Dimension.ALL) {
      params.add(value);
    }
    params.add(limit);
    return jdbc.sql(
            "SELECT "
                + READ_COLUMNS
                + dimensionColumns()
                + " FROM insight_order WHERE requested_on >= ? AND requested_on < ?"
                + filter
                + " ORDER BY requested_on DESC, order_id DESC LIMIT ?")
        .params(params)
        .query((rs, n) -> OrderFact.read(rs))
        .list();
  }

  long lastChange() {
    return jdbc.sql("SELECT last_change FROM insight_refresh WHERE id = 1")
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** How far the record feature's changes of patients' equity fields have been read. */
  long patientChange() {
    return jdbc.sql("SELECT patient_change FROM insight_refresh WHERE id = 1")
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  void markPatientChange(long change) {
    jdbc.sql(
            "INSERT INTO insight_refresh (id, last_change, refreshed_at, patient_change)"
                + " VALUES (1, 0, now(), ?) ON CONFLICT (id) DO UPDATE SET"
                + " patient_change = excluded.patient_change")
        .param(change)
        .update();
  }

  void markChange(long change) {
    jdbc.sql(
            "INSERT INTO insight_refresh (id, last_change, refreshed_at) VALUES (1, ?, now())"
                + " ON CONFLICT (id) DO UPDATE SET last_change = excluded.last_change,"
                + " refreshed_at = now()")
        .param(change)
        .update();
  }
}
