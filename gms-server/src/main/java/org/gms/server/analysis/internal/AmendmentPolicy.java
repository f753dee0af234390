package org.gms.server.analysis.internal;

import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.springframework.stereotype.Component;

/**
 * Who may amend which report: a laboratory scientist of the order's laboratory, once the order is
 * reported.
 */
@Component
class AmendmentPolicy {

  private final TestOrders orders;
  private final Accounts accounts;

  AmendmentPolicy(TestOrders orders, Accounts accounts) {
    this.orders = orders;
    this.accounts = accounts;
  }

  /** The order whose report the user acting may amend, or why it may not be. */
  TestOrder amendable(long orderId) {
    TestOrder order = orders.get(orderId);
    boolean scientist =
        accounts
            .find(accounts.actor().name())
            .filter(a -> a.has(Role.LABORATORY_SCIENTIST))
            .filter(a -> a.organisation().equals(order.laboratory()))
            .isPresent();
    if (!scientist) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Only a laboratory scientist of " + order.laboratory() + " amends its reports.");
    }
    if (order.state() != OrderState.REPORTED) {
      throw order.wrongState("; only a REPORTED order's report is amended.");
    }
    return order;
  }
}
