package org.gms.server.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;

/**
 * Orders: submitted by clinicians, worked on by laboratories. Every method acts as the logged-in
 * user and is audited; a clinician sees the orders of their organisation, a laboratory scientist
 * those sent to their laboratory. System work that reads orders with no user (re-analysis, the
 * research view, the record) uses {@link OrderCases}.
 */
public interface TestOrders {

  /**
   * Checks the request against the test directory and the patient record and stores it, or returns
   * the order already stored under its request key.
   *
   * @throws GmsException naming the rule that failed
   */
  Submission submit(NewOrder order);

  /** The result of a submission: the order, and whether this call created it. */
  record Submission(TestOrder order, boolean created) {}

  /** The order, if the user may see it. */
  Optional<TestOrder> find(long id);

  /**
   * The order, which the user must be able to see.
   *
   * @throws GmsException of kind NOT_FOUND when there is none or the user may not see it
   */
  default TestOrder get(long id) {
    return find(id).orElseThrow(() -> notVisible(id));
  }

  /** The refusal for an order that does not exist or that the user may not see. */
  static GmsException notVisible(long id) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND, "No test order " + id + " that you can see.");
  }

  /**
   * Whether the user may see the order: one small query, for features that show something of the
   * order's (a run, a report, a cancer case) and audit that read themselves. A refusal is audited
   * here, as {@link #find} audits it.
   */
  boolean maySee(long id);

  /** The user's orders (clinician) or work queue (scientist), newest first. */
  List<TestOrder> visible(Optional<OrderState> state, int limit);

  /**
   * Moves the order on.
   *
   * @throws GmsException of kind CONFLICT for a move the state does not allow
   */
  TestOrder move(long id, OrderState to, String reason);

  /** Records a received sample; a requested order (or one waiting for a new sample) moves on. */
  TestOrder receiveSample(long id, String barcode, SampleType type, Instant receivedAt);
}
