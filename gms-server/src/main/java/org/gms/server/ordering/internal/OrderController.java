package org.gms.server.ordering.internal;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.gms.server.EnumChoice;
import org.gms.server.GmsException;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Relationship;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test orders over JSON: submit, list, read, move on, receive samples. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

  private static final int MAX_LIMIT = 1000;

  private final TestOrders orders;
  private final Laboratories laboratories;

  OrderController(TestOrders orders, Laboratories laboratories) {
    this.orders = orders;
    this.laboratories = laboratories;
  }

  /** The genomic laboratory hubs an order may be sent to, for the order form's choice. */
  @GetMapping("/laboratories")
  List<String> laboratories() {
    return laboratories.all();
  }

  /**
   * A request as sent. {@code requestKey} may come as the {@code Idempotency-Key} header instead.
   * The patient's choices are true or false when asked, null or absent when not (nothing is
   * recorded then). {@code orderAnywayReason} orders a test the patient already has an open order
   * for. {@code eligibilityMet} answers the test's eligibility criteria (false needs {@code
   * eligibilityNote}: why the test is needed all the same).
   */
  record OrderForm(
      String requestKey,
      String patient,
      String indication,
      String test,
      String laboratory,
      String urgency,
      List<String> hpoTerms,
      List<MemberForm> family,
      Boolean researchParticipation,
      Boolean recontact,
      String orderAnywayReason,
      Boolean eligibilityMet,
      String eligibilityNote) {

    NewOrder toOrder(Optional<String> idempotencyKey) {
      return new NewOrder(
          requestKey != null ? requestKey : idempotencyKey.orElse(null),
          new NhsNumber(patient),
          indication,
          test,
          laboratory,
          urgency == null ? null : EnumChoice.parse(Urgency.class, urgency, "urgency"),
          hpoTerms,
          family == null ? List.of() : family.stream().map(MemberForm::toMember).toList(),
          researchParticipation,
          recontact,
          orderAnywayReason,
          eligibilityMet,
          eligibilityNote);
    }
  }

  record MemberForm(String nhsNumber, String relationship, Boolean affected) {
    FamilyMember toMember() {
      if (relationship == null) {
        throw new GmsException(
            "family: each member needs a relationship (mother, father, sibling, child, other).");
      }
      return new FamilyMember(
          new NhsNumber(nhsNumber),
          EnumChoice.parse(Relationship.class, relationship, "relationship"),
          Boolean.TRUE.equals(affected));
    }
  }

  record MoveForm(String to, String reason) {}

  record SampleForm(String barcode, String type, String receivedAt) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TestOrder> submit(
      @RequestBody OrderForm form,
      @RequestHeader(name = "Idempotency-Key", required = false) Optional<String> key) {
    TestOrders.Submission submission = orders.submit(form.toOrder(key));
    TestOrder order = submission.order();
    return submission.created()
        ? ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(order)
        : ResponseEntity.ok().header("Idempotent-Replay", "true").body(order);
  }

  @GetMapping
  List<TestOrder> list(
      @RequestParam Optional<String> state, @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GmsException("limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
    }
    return orders.visible(state.map(s -> EnumChoice.parse(OrderState.class, s, "state")), limit);
  }

  @GetMapping("/{id}")
  TestOrder order(@PathVariable long id) {
    return orders.get(id);
  }

  @PostMapping(value = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
  TestOrder move(@PathVariable long id, @RequestBody MoveForm form) {
    if (form.to() == null) {
      throw new GmsException("to is required: the state to move the order to.");
    }
    return orders.move(id, EnumChoice.parse(OrderState.class, form.to(), "to"), form.reason());
  }

  @PostMapping(value = "/{id}/samples", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TestOrder> receive(@PathVariable long id, @RequestBody SampleForm form) {
    Instant at;
    try {
      at = form.receivedAt() == null ? null : Instant.parse(form.receivedAt());
    } catch (DateTimeParseException e) {
      throw new GmsException(
          "receivedAt '"
              + form.receivedAt()
              + "' is not a time: write it as 2026-11-24T09:30:00Z.");
    }
    SampleType type =
        form.type() == null ? null : EnumChoice.parse(SampleType.class, form.type(), "type");
    TestOrder order = orders.receiveSample(id, form.barcode(), type, at);
    return ResponseEntity.created(URI.create("/api/orders/" + id)).body(order);
  }
}
