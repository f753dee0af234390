package org.gms.server.analysis;

import java.time.Instant;

/**
 * An authorised result report of an order.
 *
 * @param conclusion the scientist's summary for the clinician
 * @param variants the reported variants as JSON: each candidate as the run found it, with the final
 *     classification and comment
 */
public record ResultReport(
    long orderId,
    long runId,
    String conclusion,
    String variants,
    String authorisedBy,
    Instant authorisedAt) {}
