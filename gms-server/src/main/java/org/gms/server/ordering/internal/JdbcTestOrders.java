package org.gms.server.ordering.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TestOrders}: what users do with orders, each call checking who is acting and audited.
 * Submitting has its own class ({@link OrderSubmission}), the SQL is in {@link OrderRows}, and the
 * system's reads are {@link JdbcOrderCases}.
 */
@Component
class JdbcTestOrders implements TestOrders {

  static final String ENTITY = "test_order";

  private final OrderRows rows;
  private final OrderSubmission submission;
  private final AuditLog audit;
  private final Accounts accounts;

  JdbcTestOrders(OrderRows rows, OrderSubmission submission, AuditLog audit, Accounts accounts) {
    this.rows = rows;
    this.submission = submission;
    this.audit = audit;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public Submission submit(NewOrder order) {
    return submission.submit(current(), order);
  }

  @Override
  public Optional<TestOrder> find(long id) {
    Account user = current();
    Optional<TestOrder> order = rows.loadAll(List.of(id)).stream().findFirst();
    Optional<TestOrder> visible = order.filter(o -> maySee(user, o));
    audit.record("read", ENTITY, Long.toString(id), visible.isPresent() ? "" : "not visible");
    return visible;
  }

  @Override
  public boolean maySee(long id) {
    Account user = current();
    boolean visible =
        rows.owners(id)
            .map(o -> maySee(user, o.requesterOrganisation(), o.laboratory()))
            .orElse(false);
    if (!visible) {
      audit.record("read", ENTITY, Long.toString(id), "not visible");
    }
    return visible;
  }

  @Override
  public List<TestOrder> visible(Optional<OrderState> state, int limit) {
    Account user = current();
    String where;
    String scope;
    if (user.has(Role.ADMINISTRATOR)) {
      where = "true";
      scope = "";
    } else if (user.has(Role.LABORATORY_SCIENTIST)) {
      where = "laboratory = :scope";
      scope = user.organisation();
    } else if (user.has(Role.CLINICIAN)) {
      where = "requester_organisation = :scope";
      scope = user.organisation();
    } else {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only clinicians and laboratory staff see test orders.");
    }
    List<Long> ids = rows.newestIds(where, scope, state, limit);
    audit.record(
        "list", ENTITY, "*", where.replace(":scope", scope) + state.map(s -> " " + s).orElse(""));
    return rows.loadAll(ids);
  }

  @Override
  @Transactional
  public TestOrder move(long id, OrderState to, String reason) {
    Account user = current();
    TestOrder order = lockVisible(id, user);
    boolean cancelOwn = to == OrderState.CANCELLED && user.has(Role.CLINICIAN);
    if (!user.has(Role.LABORATORY_SCIENTIST) && !cancelOwn) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Only laboratory scientists move orders on; a clinician may cancel their own.");
    }
    if (!order.state().next().contains(to)) {
      throw order.wrongState(
          " and cannot move to "
              + to
              + (order.state().isFinal()
                  ? ": " + order.state() + " is final."
                  : "; from " + order.state() + " it may move to " + order.state().next() + "."));
    }
    if (to.needsReason() && (reason == null || reason.isBlank())) {
      throw new GmsException("Moving an order to " + to + " needs a reason.");
    }
    rows.setState(id, to);
    rows.transition(id, order.state(), to, reason, user.username());
    audit.record("update", ENTITY, Long.toString(id), order.state() + " -> " + to);
    return rows.load(id);
  }

  @Override
  @Transactional
  public TestOrder receiveSample(long id, String barcode, SampleType type, Instant receivedAt) {
    Account user = current();
    if (!user.has(Role.LABORATORY_SCIENTIST)) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only laboratory scientists receive samples.");
    }
    if (barcode == null || !barcode.strip().matches("[A-Za-z0-9-]{4,40}")) {
      throw new GmsException(
          "barcode is required: 4 to 40 letters, digits or hyphens, as printed on the tube.");
    }
    if (type == null) {
      throw new GmsException("type is required: blood, saliva, tissue or cfDNA.");
    }
    TestOrder order = lockVisible(id, user);
    if (!order.state().allows(OrderState.Action.RECEIVE_SAMPLE)) {
      throw order.wrongState(
          "; samples are recorded while an order is REQUESTED, SAMPLE_RECEIVED or"
              + " RESAMPLE_REQUESTED"
              + (order.state().isFinal() ? ", and " + order.state() + " is final." : "."));
    }
    Instant at = receivedAt == null ? Instant.now() : receivedAt;
    if (at.isAfter(Instant.now().plusSeconds(300))) {
      throw new GmsException("receivedAt " + at + " is in the future.");
    }
    try {
      rows.insertSample(id, barcode.strip(), type, at, user.username());
    } catch (DuplicateKeyException e) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Sample " + barcode.strip() + " is received already; each tube has its own barcode.");
    }
    audit.record("create", "sample", barcode.strip(), "for order " + id);
    if (order.state() == OrderState.REQUESTED || order.state() == OrderState.RESAMPLE_REQUESTED) {
      rows.setState(id, OrderState.SAMPLE_RECEIVED);
      rows.transition(
          id,
          order.state(),
          OrderState.SAMPLE_RECEIVED,
          "sample " + barcode.strip(),
          user.username());
    }
    return rows.load(id);
  }

  private TestOrder lockVisible(long id, Account user) {
    TestOrder order = rows.lock(id).orElse(null);
    if (order == null || !maySee(user, order)) {
      throw TestOrders.notVisible(id);
    }
    return order;
  }

  /** Clinicians see their organisation's orders, scientists their laboratory's, admins all. */
  private static boolean maySee(Account user, TestOrder order) {
    return maySee(user, order.requesterOrganisation(), order.laboratory());
  }

  private static boolean maySee(Account user, String requesterOrganisation, String laboratory) {
    return user.has(Role.ADMINISTRATOR)
        || user.has(Role.CLINICIAN) && user.organisation().equals(requesterOrganisation)
        || user.has(Role.LABORATORY_SCIENTIST) && user.organisation().equals(laboratory);
  }

  private Account current() {
    return accounts
        .current()
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.UNAUTHENTICATED,
                    "Log in with a platform account to work with test orders."));
  }
}
