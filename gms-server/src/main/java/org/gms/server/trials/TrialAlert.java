package org.gms.server.trials;

import java.time.Instant;
import org.gms.server.record.NhsNumber;

/**
 * A new trial match for the treating team.
 *
 * @param organisation the requesting organisation of the case's order (the treating team)
 * @param cause {@code TRIAL_OPENED} (a trial opened, or was imported open) or {@code CASE_REPORTED}
 * @param reason the arm and why the case matches it
 */
public record TrialAlert(
    long id,
    String organisation,
    long caseId,
    long orderId,
    NhsNumber patient,
    String trialId,
    String arm,
    String cause,
    String reason,
    String state,
    String decidedBy,
    Instant decidedAt,
    String decision,
    Instant createdAt) {}
