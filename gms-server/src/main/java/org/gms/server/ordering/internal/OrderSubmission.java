package org.gms.server.ordering.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders.Submission;
import org.gms.server.ordering.TurnaroundTargets;
import org.gms.server.record.FamilyLinks;
import org.springframework.stereotype.Component;

/**
 * Submitting an order, step by step: the requester may order, a request key already stored returns
 * its order, the directory's rules, one open order per test, the order with its family, the
 * patient's consent choices, the audit. The caller holds the transaction.
 */
@Component
class OrderSubmission {

  private final OrderRows rows;
  private final OrderRules rules;
  private final TurnaroundTargets targets;
  private final Consents consents;
  private final FamilyLinks links;
  private final AuditLog audit;

  OrderSubmission(
      OrderRows rows,
      OrderRules rules,
      TurnaroundTargets targets,
      Consents consents,
      FamilyLinks links,
      AuditLog audit) {
    this.rows = rows;
    this.rules = rules;
    this.targets = targets;
    this.consents = consents;
    this.links = links;
    this.audit = audit;
  }

  Submission submit(Account requester, NewOrder order) {
    mayOrder(requester);
    Optional<Long> existing = rows.byRequestKey(requester.organisation(), order.requestKey());
    if (existing.isPresent()) {
      audit.record(
          "resubmit",
          JdbcTestOrders.ENTITY,
          existing.get().toString(),
          "request " + order.requestKey());
      return new Submission(rows.load(existing.get()), false);
    }
    OrderRules.Checked checked = rules.check(order);
    String duplicateNote = checkNoOpenOrder(order, checked);
    LocalDate expected =
        targets.expectedBy(
            rows.today(),
            checked.test().code(),
            checked.test().methodCategory().name(),
            order.urgency());
    Optional<Long> id = rows.insert(order, checked, requester, expected);
    if (id.isEmpty()) {
      // a concurrent submission of the same key won; this one returns its order
      long winner = rows.byRequestKey(requester.organisation(), order.requestKey()).orElseThrow();
      return new Submission(rows.load(winner), false);
    }
    family(id.get(), order);
    rows.transition(
        id.get(),
        null,
        OrderState.REQUESTED,
        firstNote(order, duplicateNote),
        requester.username());
    consentChoices(id.get(), order);
    audit.record(
        "create",
        JdbcTestOrders.ENTITY,
        id.get().toString(),
        checked.test().code() + " for patient " + order.patient().value());
    return new Submission(rows.load(id.get()), true);
  }

  /** What the first state change keeps: an order outside the criteria, a duplicate's reason. */
  private static String firstNote(NewOrder order, String duplicateNote) {
    String outside =
        Boolean.FALSE.equals(order.eligibilityMet())
            ? "ordered outside the eligibility criteria: " + order.eligibilityNote()
            : null;
    if (outside == null) {
      return duplicateNote;
    }
    return duplicateNote == null ? outside : outside + "; " + duplicateNote;
  }

  /** Rule 'requester may order': only clinicians order tests. */
  private static void mayOrder(Account requester) {
    if (!requester.has(Role.CLINICIAN)) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Rule 'requester may order': only clinicians order tests; "
              + requester.username()
              + " is not a clinician.");
    }
  }

  /**
   * Rule 'one open order per test': a patient waiting for a test is not ordered it again unless the
   * clinician says why (a lost sample, a different family structure). Submissions for one patient
   * are serialised by locking the patient's row, so two concurrent requests cannot both pass.
   *
   * @return the note kept with the new order's first state, or null
   */
  private String checkNoOpenOrder(NewOrder order, OrderRules.Checked checked) {
    List<Long> open = rows.lockOpenOrders(order.patient(), checked.test().code());
    if (open.isEmpty()) {
      return null;
    }
    TestOrder first = rows.load(open.get(0));
    String existing =
        "order #"
            + first.id()
            + " ("
            + first.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + ", requested "
            + first.requestedAt().atZone(OrderRows.SERVICE_ZONE).toLocalDate()
            + " by "
            + first.requester()
            + ")";
    if (order.duplicateReason() == null) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Rule 'one open order per test': patient "
              + order.patient().formatted()
              + " already has an open order for "
              + checked.test().code()
              + ": "
              + existing
              + ". Open that order, or order anyway giving the reason (orderAnywayReason).");
    }
    return "ordered although " + existing + " is open: " + order.duplicateReason();
  }

  /** The family tested with the proband, stored with the order and linked in the record. */
  private void family(long orderId, NewOrder order) {
    for (FamilyMember member : order.family()) {
      rows.insertFamilyMember(orderId, member);
      links.link(
          order.patient(), member.nhsNumber(), member.relationship(), "test order " + orderId);
    }
  }

  /**
   * The choices the patient made with the requesting clinician join their consent history; a
   * question not asked is no decision and leaves the history as it is.
   */
  private void consentChoices(long orderId, NewOrder order) {
    String source = "test order " + orderId;
    choice(order, ConsentKind.RESEARCH_PARTICIPATION, order.researchParticipation(), source);
    choice(order, ConsentKind.RECONTACT, order.recontact(), source);
  }

  /** A yes is given, a no declined; null (not asked) records nothing. */
  private void choice(NewOrder order, ConsentKind kind, Boolean answer, String source) {
    if (answer != null) {
      consents.record(
          order.patient(), kind, answer ? Decision.GIVEN : Decision.DECLINED, source, "");
    }
  }
}
