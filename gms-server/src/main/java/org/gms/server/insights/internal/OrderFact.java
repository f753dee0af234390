package org.gms.server.insights.internal;

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
}
