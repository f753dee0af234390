package org.gms.server.insights.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.gms.server.analysis.ReportOutcomes;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the rare-disease reports found, as read from the analysis feature ({@code insight_report}),
 * copied onto the order summary ({@code insight_order.finding}) whichever of the two arrives first,
 * and the diagnostic yield summed from the monthly figures.
 */
@Component
class Findings {

  private final JdbcClient jdbc;

  Findings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps what these reports found and copies it onto their orders. */
  void save(List<ReportOutcomes.Outcome> reports) {
    for (ReportOutcomes.Outcome r : reports) {
      jdbc.sql(
              "INSERT INTO insight_report (order_id, pathogenic) VALUES (?, ?)"
                  + " ON CONFLICT (order_id) DO UPDATE SET pathogenic = excluded.pathogenic")
          .params(r.orderId(), r.pathogenic())
          .update();
    }
    apply(reports.stream().map(ReportOutcomes.Outcome::orderId).toList());
  }

  /** Copies the kept findings onto these orders of the summary. */
  void apply(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE insight_order o SET finding = CASE WHEN r.pathogenic THEN 1 ELSE 0 END"
                + " FROM insight_report r WHERE r.order_id = o.order_id AND o.order_id = ANY(?)")
        .param(orderIds.toArray(Long[]::new))
        .update();
  }

  ReportOutcomes.Mark mark() {
    return jdbc.sql(
            "SELECT report_mark_at, report_mark_order FROM insight_refresh"
                + " WHERE id = 1 AND report_mark_at IS NOT NULL")
        .query((rs, n) -> new ReportOutcomes.Mark(rs.getTimestamp(1).toInstant(), rs.getLong(2)))
        .optional()
        .orElse(ReportOutcomes.Mark.START);
  }

  void mark(ReportOutcomes.Mark mark) {
    jdbc.sql(
            "INSERT INTO insight_refresh (id, last_change, refreshed_at, report_mark_at,"
                + " report_mark_order) VALUES (1, 0, now(), ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET report_mark_at = excluded.report_mark_at,"
                + " report_mark_order = excluded.report_mark_order")
        .params(Timestamp.from(mark.authorisedAt()), mark.orderId())
        .update();
  }

  /** Rare-disease cases reported and those with a (likely) pathogenic finding, of one value. */
  record Count(int value, long reported, long pathogenic) {}

  /** The counts per value of a dimension, reports in [from, to); values without any left out. */
  List<Count> yield(Dimension dimension, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT value, sum(yield_reported), sum(yield_pathogenic) FROM insight_monthly"
                + " WHERE dimension = ? AND month >= ? AND month < ?"
                + " GROUP BY value HAVING sum(yield_reported) > 0")
        .params(dimension.name(), Date.valueOf(from), Date.valueOf(to))
        .query((rs, n) -> new Count(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
        .list();
  }
}
