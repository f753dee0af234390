package org.gms.server.analysis.internal;

import java.sql.Timestamp;
import java.util.List;
import org.gms.server.analysis.ReportOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The report in force of each order, read in the order of its authorisation (or amendment). */
@Component
class JdbcReportOutcomes implements ReportOutcomes {

  private final JdbcClient jdbc;

  JdbcReportOutcomes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Page changedSince(Mark after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one report: " + limit);
    }
    List<Outcome> reports =
        jdbc.sql(
                """
                SELECT order_id, version, authorised_at,
                       EXISTS (SELECT 1 FROM jsonb_array_elements(variants) v
                                WHERE v->>'finalClass' IN ('P', 'LP')) AS pathogenic
                  FROM result_report
                 WHERE (authorised_at, order_id) > (?, ?)
                 ORDER BY authorised_at, order_id
                 LIMIT ?
                """)
            .params(Timestamp.from(after.authorisedAt()), after.orderId(), limit)
            .query(
                (rs, n) ->
                    new Outcome(
                        rs.getLong("order_id"),
                        rs.getInt("version"),
                        rs.getTimestamp("authorised_at").toInstant(),
                        rs.getBoolean("pathogenic")))
            .list();
    if (reports.isEmpty()) {
      return new Page(reports, after);
    }
    Outcome last = reports.get(reports.size() - 1);
    return new Page(reports, new Mark(last.authorisedAt(), last.orderId()));
  }
}
