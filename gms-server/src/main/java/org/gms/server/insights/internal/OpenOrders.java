package org.gms.server.insights.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open orders per laboratory and expected date ({@code insight_open}): recounted for the
 * (laboratory, expected date) pairs that changed orders had before and after each refresh, so the
 * backlog reads a few thousand rows whatever the number of orders.
 */
@Component
class OpenOrders {

  private static final String OPEN =
      "reported_on IS NULL AND cancelled_on IS NULL AND failed_on IS NULL";

  private final JdbcClient jdbc;

  OpenOrders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A laboratory's code and an expected date. */
  record Key(int laboratory, LocalDate expectedBy) {}

  /** The keys these orders have now (read before and after they change). */
  Set<Key> keys(Collection<Long> orderIds) {
    Set<Key> keys = new HashSet<>();
    if (orderIds.isEmpty()) {
      return keys;
    }
    jdbc.sql("SELECT laboratory, expected_by FROM insight_order WHERE order_id = ANY(?)")
        .param(orderIds.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              keys.add(new Key(rs.getInt(1), rs.getDate(2).toLocalDate()));
            });
    return keys;
  }

  /** Recounts the open orders of these keys. */
  void recount(Set<Key> keys) {
    if (keys.isEmpty()) {
      return;
    }
    Integer[] labs = keys.stream().map(Key::laboratory).toArray(Integer[]::new);
    Date[] dates = keys.stream().map(k -> Date.valueOf(k.expectedBy())).toArray(Date[]::new);
    String pairs = "(laboratory, expected_by) IN (SELECT * FROM unnest(?::int[], ?::date[]))";
    jdbc.sql("DELETE FROM insight_open WHERE " + pairs).params(labs, dates).update();
    jdbc.sql(
            "INSERT INTO insight_open (laboratory, expected_by, open)"
                + " SELECT laboratory, expected_by, count(*) FROM insight_order WHERE "
                + OPEN
                + " AND "
                + pairs
                + " GROUP BY laboratory, expected_by")
        .params(labs, dates)
        .update();
  }

  /** Recounts every laboratory and date. */
  void recountAll() {
    jdbc.sql("DELETE FROM insight_open").update();
    jdbc.sql(
            "INSERT INTO insight_open (laboratory, expected_by, open)"
                + " SELECT laboratory, expected_by, count(*) FROM insight_order WHERE "
                + OPEN
                + " GROUP BY laboratory, expected_by")
        .update();
  }

  /** Open orders and the overdue among them on {@code today}, by laboratory code. */
  List<InsightsStore.Backlog> backlog(LocalDate today) {
    return jdbc.sql(
            "SELECT laboratory, sum(open), coalesce(sum(open) FILTER (WHERE expected_by < ?), 0)"
                + " FROM insight_open GROUP BY laboratory")
        .param(Date.valueOf(today))
        .query((rs, n) -> new InsightsStore.Backlog(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
        .list();
  }
}
