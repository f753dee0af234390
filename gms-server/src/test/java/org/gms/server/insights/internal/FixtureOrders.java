package org.gms.server.insights.internal;

import java.time.LocalDate;
import java.util.function.Function;
import org.gms.server.insights.Dimension;

/**
 * The insights tests' fixture orders, as the activity refresh writes them: order facts of orders
 * that never failed and carry no finding, expected the target's days after their request, and their
 * codes.
 */
final class FixtureOrders {

  private FixtureOrders() {}

  /**
   * The codes of every dimension but {@link Dimension#ALL} with the label the function gives it; a
   * test then sets the dimensions it reads.
   */
  static int[] codes(Labels labels, Function<Dimension, String> label) {
    int[] codes = new int[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.ALL) {
        codes[d.ordinal()] = labels.code(d, label.apply(d));
      }
    }
    return codes;
  }

  /**
   * The fact of an order requested on the day, with the target of so many days, and received,
   * reported or cancelled on the days given (null: not yet).
   */
  static OrderFact order(
      long id,
      LocalDate requested,
      int targetDays,
      LocalDate received,
      LocalDate reported,
      LocalDate cancelled,
      int[] codes) {
    return new OrderFact(
        id,
        false,
        requested,
        received,
        reported,
        cancelled,
        null,
        requested.plusDays(targetDays),
        targetDays,
        codes,
        null);
  }
}
