package org.gms.server.oncology;

import java.time.Instant;
import java.util.Objects;

/**
 * Published when the clinician records a cancer case's receptor statuses (in the recording's
 * transaction): features that keep a reported case's profile take the new statuses from here.
 *
 * @param caseId the oncology case
 * @param receptors the statuses now standing
 * @param at when they were recorded
 */
public record TumourReceptorsRecorded(long caseId, TumourReceptors receptors, Instant at) {
  public TumourReceptorsRecorded {
    Objects.requireNonNull(receptors, "receptors");
    Objects.requireNonNull(at, "at");
  }
}
