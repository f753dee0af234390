package org.gms.server.analysis;

import java.time.Instant;

/**
 * An authorised result report of an order.
 *
 * @param conclusion the scientist's summary for the clinician
 * @param variants the reported variants as JSON: each candidate as the run found it, with the final
 *     classification and comment
 * @param version 1 for the report as first authorised, one more for each amendment
 * @param amendmentReason why this version amended the previous one; null for version 1
 */
public record ResultReport(
    long orderId,
    long runId,
    String conclusion,
    String variants,
    String authorisedBy,
    Instant authorisedAt,
    int version,
    String amendmentReason) {}
