package org.gms.server.ordering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.record.NhsNumber;

/**
 * An order and where it is.
 *
 * @param id the service's order number
 * @param directoryVersion the test directory release the order was checked against
 * @param testMethod the test's method category (WGS, Panel, ...)
 * @param expectedBy the date the result is expected, from the turnaround target
 * @param overdue whether that date has passed without a final state
 * @param researchParticipation the research choice given with the order; null when not asked
 * @param recontact the recontact choice given with the order; null when not asked
 * @param history every state change, oldest first
 * @param eligibilityMet the requester's answer to the eligibility criteria: true (the patient meets
 *     them), false (ordered anyway, see {@code eligibilityNote}), null when not asked
 * @param eligibilityNote why the test was ordered for a patient outside the criteria
 */
public record TestOrder(
    long id,
    String requestKey,
    NhsNumber patient,
    String indication,
    String indicationName,
    String test,
    String testMethod,
    String directoryVersion,
    String requester,
    String requesterOrganisation,
    String laboratory,
    Urgency urgency,
    List<String> hpoTerms,
    List<FamilyMember> family,
    Boolean researchParticipation,
    Boolean recontact,
    OrderState state,
    Instant requestedAt,
    LocalDate expectedBy,
    boolean overdue,
    List<OrderTransition> history,
    List<Sample> samples,
    Boolean eligibilityMet,
    String eligibilityNote) {

  /** The states the order may move to now (empty once final), for clients offering the choice. */
  @JsonProperty("nextStates")
  public List<OrderState> nextStates() {
    return List.copyOf(state.next());
  }

  /** What may be done to the order now (none once final), so pages offer only these. */
  @JsonProperty("actions")
  public List<OrderState.Action> actions() {
    return List.copyOf(state.actions());
  }

  /**
   * The refusal of what the order's state does not allow now: "Order 12 is SEQUENCING" followed by
   * the rule.
   *
   * @param rule what the state allows, from its first punctuation, e.g. {@code "; a report is
   *     authorised in INTERPRETATION."}
   */
  public GmsException wrongState(String rule) {
    return new GmsException(GmsException.Kind.CONFLICT, "Order " + id + " is " + state + rule);
  }

  public TestOrder {
    hpoTerms = List.copyOf(hpoTerms);
    family = List.copyOf(family);
    history = List.copyOf(history);
    samples = List.copyOf(samples);
  }
}
