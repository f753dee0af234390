package org.gms.server.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gms.server.decisionsupport.PgxChecked;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pharmacogenomic results in use: the decision-support checks, counted per month and drug. */
@Component
class PgxUse {

  private final JdbcClient jdbc;
  private final FiguresVersion version;

  PgxUse(JdbcClient jdbc, FiguresVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  @EventListener
  void checked(PgxChecked event) {
    LocalDate month =
        MonthlyFigures.month(event.at().atZone(ActivityRefresh.SERVICE_ZONE).toLocalDate());
    for (Map.Entry<String, Integer> e : event.cardsByDrug().entrySet()) {
      jdbc.sql(
              "INSERT INTO insight_pgx (month, drug, checks, with_cards, cards)"
                  + " VALUES (?, ?, 1, ?, ?) ON CONFLICT (month, drug) DO UPDATE SET"
                  + " checks = insight_pgx.checks + 1,"
                  + " with_cards = insight_pgx.with_cards + excluded.with_cards,"
                  + " cards = insight_pgx.cards + excluded.cards")
          .params(Date.valueOf(month), e.getKey(), e.getValue() > 0 ? 1 : 0, e.getValue())
          .update();
    }
    version.changed();
  }

  /** Checks per drug in [from, to): drug, checks, with cards, cards. */
  record Count(String drug, long checks, long withCards, long cards) {}

  List<Count> counts(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT drug, sum(checks), sum(with_cards), sum(cards) FROM insight_pgx"
                + " WHERE month >= ? AND month < ? GROUP BY drug")
        .params(Date.valueOf(from), Date.valueOf(to))
        .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }
}
