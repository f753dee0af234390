package org.gms.server.trials;

import java.time.Instant;
import java.util.Objects;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.record.NhsNumber;

/**
 * A reported cancer case as trial matching takes it: the case, its order (whose requesting
 * organisation is the treating team) and its profile.
 *
 * @param caseId the cancer case's id (an amended report gives the same id again)
 * @param orderId the test order of the case
 * @param patient the patient
 * @param profile tumour type, age, sex, alterations, TMB and MSI
 * @param reportedAt when the report was authorised
 */
public record TrialCase(
    long caseId, long orderId, NhsNumber patient, CaseProfile profile, Instant reportedAt) {

  public TrialCase {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
