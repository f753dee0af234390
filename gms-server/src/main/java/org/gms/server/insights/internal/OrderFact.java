package org.gms.server.insights.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gms.server.insights.Dimension;

/**
 * One order as the insights summary keeps it: its event dates and its coded dimension values.
 *
 * @param codes the label code of each dimension, indexed by {@link Dimension#ordinal()} ({@code
 *     ALL} is 0)
 * @param pathogenic whether the order's rare-disease report in force holds a pathogenic or likely
 *     pathogenic finding; null when it has no rare-disease report
 */
record OrderFact(
    long orderId,
    boolean generated,
    LocalDate requested,
    LocalDate received,
    LocalDate reported,
    LocalDate cancelled,
    LocalDate failed,
    LocalDate expectedBy,
    int targetDays,
    int[] codes,
    Boolean pathogenic) {

  OrderFact {
    if (requested == null || expectedBy == null) {
      throw new IllegalArgumentException("An order fact needs its request and expected dates");
    }
    if (codes.length != Dimension.values().length) {
      throw new IllegalArgumentException("An order fact needs a code per dimension");
    }
    codes = codes.clone();
  }

  int code(Dimension dimension) {
    return codes[dimension.ordinal()];
  }

  boolean open() {
    return reported == null && cancelled == null && failed == null;
  }

  static int days(LocalDate from, LocalDate to) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
  }

  /** The fact of the current row of a query of insight_order's columns, with the finding. */
  static OrderFact read(ResultSet rs) throws SQLException {
    int[] codes = new int[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      codes[d.ordinal()] = d == Dimension.ALL ? 0 : rs.getInt(d.column());
    }
    return new OrderFact(
        rs.getLong("order_id"),
        rs.getBoolean("generated"),
        date(rs, "requested_on"),
        date(rs, "received_on"),
        date(rs, "reported_on"),
        date(rs, "cancelled_on"),
        date(rs, "failed_on"),
        date(rs, "expected_by"),
        rs.getInt("target_days"),
        codes,
        finding(rs));
  }

  private static Boolean finding(ResultSet rs) throws SQLException {
    int finding = rs.getInt("finding");
    return rs.wasNull() ? null : finding == 1;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
