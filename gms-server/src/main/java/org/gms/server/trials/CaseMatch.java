package org.gms.server.trials;

import java.time.Instant;
import java.util.List;
import org.gms.server.record.NhsNumber;

/**
 * A trial arm a reported case matches.
 *
 * @param reasons each criterion met and by what ({@code EML4::ALK fusion meets ALK fusion})
 * @param firstMatchedAt when this match first appeared
 */
public record CaseMatch(
    long caseId,
    long orderId,
    NhsNumber patient,
    String trialId,
    String title,
    String arm,
    String status,
    List<String> reasons,
    Instant firstMatchedAt) {

  public CaseMatch {
    reasons = List.copyOf(reasons);
  }
}
