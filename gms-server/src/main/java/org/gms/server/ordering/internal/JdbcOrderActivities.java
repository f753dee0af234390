package org.gms.server.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.server.ordering.OrderActivities;
import org.gms.server.ordering.OrderActivity;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcOrderActivities implements OrderActivities {

  /** An order's activity: its columns and when it was sampled, reported and ended. */
  private static final String ACTIVITY =
      """
                SELECT o.id, o.patient_nhs_number, o.indication, o.test_code, o.test_method,
                       o.laboratory, o.requester_organisation, o.urgency, o.state, o.requested_at,
                       o.expected_by,
                       (SELECT min(received_at) FROM sample s WHERE s.order_id = o.id) AS sampled,
                       (SELECT max(changed_at) FROM test_order_transition t
                         WHERE t.order_id = o.id AND t.to_state = 'REPORTED') AS reported,
                       (SELECT max(changed_at) FROM test_order_transition t
                         WHERE t.order_id = o.id AND t.to_state IN ('CANCELLED', 'FAILED'))
                         AS ended
                  FROM test_order o
      """;

  private final JdbcClient jdbc;

  JdbcOrderActivities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Page changedSince(long afterChange, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one order: " + limit);
    }
    // The changes after the mark, ordered; an order is taken whole with its last change seen.
    Long last =
        jdbc.sql(
                "SELECT max(id) FROM (SELECT id FROM test_order_transition WHERE id > ? ORDER BY id"
                    + " LIMIT ?) t")
            .params(afterChange, limit)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (last == null) {
      return new Page(List.of(), afterChange);
    }
    List<OrderActivity> orders =
        jdbc.sql(
                ACTIVITY
                    + """
                 WHERE o.id IN (SELECT order_id FROM test_order_transition
                                 WHERE id > ? AND id <= ?)
                 ORDER BY o.id
                """)
            .params(afterChange, last)
            .query((rs, n) -> activity(rs))
            .list();
    return new Page(orders, last);
  }

  @Override
  public List<OrderActivity> ofPatients(java.util.Collection<NhsNumber> patients) {
    String[] numbers = patients.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
    if (numbers.length == 0) {
      return List.of();
    }
    return jdbc.sql(
            ACTIVITY
                + """
                 WHERE o.patient_nhs_number = ANY(CAST(? AS bpchar[]))
                 ORDER BY o.id
                """)
        .param(numbers)
        .query((rs, n) -> activity(rs))
        .list();
  }

  private static OrderActivity activity(ResultSet rs) throws SQLException {
    return new OrderActivity(
        rs.getLong("id"),
        new NhsNumber(rs.getString("patient_nhs_number")),
        rs.getString("indication"),
        rs.getString("test_code"),
        rs.getString("test_method"),
        rs.getString("laboratory"),
        rs.getString("requester_organisation"),
        Urgency.valueOf(rs.getString("urgency")),
        OrderState.valueOf(rs.getString("state")),
        instant(rs.getTimestamp("requested_at")),
        instant(rs.getTimestamp("sampled")),
        instant(rs.getTimestamp("reported")),
        instant(rs.getTimestamp("ended")),
        rs.getObject("expected_by", LocalDate.class));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
