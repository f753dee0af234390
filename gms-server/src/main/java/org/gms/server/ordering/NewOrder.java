package org.gms.server.ordering;

import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.record.NhsNumber;

/**
 * A test request as a clinician submits it.
 *
 * @param requestKey the requester's identifier for this request (or an idempotency key): the same
 *     key submitted again returns the first order, never a second
 * @param patient the proband, a registered patient
 * @param indication clinical indication code, e.g. {@code R29}
 * @param test test code of that indication, e.g. {@code R29.1}
 * @param laboratory the genomic laboratory hub asked to do the test
 * @param hpoTerms the proband's features; required for whole-exome and whole-genome tests
 * @param researchParticipation the patient's recorded choice about research; null when not asked
 *     (no answer is not a decision: nothing joins the consent history)
 * @param recontact whether the patient agreed to be recontacted; null when not asked
 * @param duplicateReason why the test is ordered although the patient already has an open order for
 *     it; null when there is none (an order for a test the patient is waiting for is refused
 *     without a reason)
 * @param eligibilityMet the requester's answer to the test's eligibility criteria: true when the
 *     patient meets them, false when the test is ordered anyway (then {@code eligibilityNote} says
 *     why); null when not asked (refused where the directory states criteria)
 * @param eligibilityNote why the test is ordered for a patient outside the criteria
 */
public record NewOrder(
    String requestKey,
    NhsNumber patient,
    String indication,
    String test,
    String laboratory,
    Urgency urgency,
    List<String> hpoTerms,
    List<FamilyMember> family,
    Boolean researchParticipation,
    Boolean recontact,
    String duplicateReason,
    Boolean eligibilityMet,
    String eligibilityNote) {

  private static final int MAX_KEY = 100;

  public NewOrder {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > MAX_KEY) {
      throw new GmsException(
          "requestKey is required (1 to "
              + MAX_KEY
              + " characters): your identifier for this request, so that sending it twice"
              + " cannot create two orders.");
    }
    if (patient == null) {
      throw new GmsException("patient is required: the proband's NHS number.");
    }
    if (indication == null || indication.isBlank() || test == null || test.isBlank()) {
      throw new GmsException(
          "indication and test are required, as in the test directory (e.g. R29 and R29.1).");
    }
    if (laboratory == null || laboratory.isBlank()) {
      throw new GmsException("laboratory is required: the genomic laboratory hub to test.");
    }
    urgency = urgency == null ? Urgency.ROUTINE : urgency;
    hpoTerms = hpoTerms == null ? List.of() : List.copyOf(hpoTerms);
    family = family == null ? List.of() : List.copyOf(family);
    indication = indication.strip().toUpperCase(java.util.Locale.ROOT);
    test = test.strip().toUpperCase(java.util.Locale.ROOT);
    requestKey = requestKey.strip();
    laboratory = laboratory.strip();
    duplicateReason =
        duplicateReason == null || duplicateReason.isBlank() ? null : duplicateReason.strip();
    eligibilityNote =
        eligibilityNote == null || eligibilityNote.isBlank() ? null : eligibilityNote.strip();
    if (Boolean.FALSE.equals(eligibilityMet) && eligibilityNote == null) {
      throw new GmsException(
          "eligibilityNote is required when the patient does not meet the test's eligibility"
              + " criteria (eligibilityMet false): say why the test is needed all the same.");
    }
  }
}
