package org.gms.server.ordering;

import java.util.List;

/**
 * The orders that changed, for management figures (the insights feature keeps its own summary of
 * them). No user check: the caller publishes only aggregates and audits its own use.
 */
public interface OrderActivities {

  /**
   * The orders with a state change after {@code afterChange} (the first page starts at 0), at most
   * {@code limit} of them, with the last change they include.
   */
  Page changedSince(long afterChange, int limit);

  /**
   * The orders of these patients, whatever their state (for re-reading them when a patient's
   * details used in the figures change), in order id order.
   */
  List<OrderActivity> ofPatients(java.util.Collection<org.gms.server.record.NhsNumber> patients);

  /** Orders and the last change they include; pass it as {@code afterChange} for the next page. */
  record Page(List<OrderActivity> orders, long lastChange) {

    public Page {
      orders = List.copyOf(orders);
    }
  }
}
