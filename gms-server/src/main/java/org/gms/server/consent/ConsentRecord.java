package org.gms.server.consent;

import java.time.Instant;
import org.gms.server.record.NhsNumber;

/**
 * One recorded decision.
 *
 * @param source where it was recorded: a test order, the consent form in the record, an import
 */
public record ConsentRecord(
    long id,
    NhsNumber patient,
    ConsentKind kind,
    Decision decision,
    String source,
    String note,
    String recordedBy,
    Instant recordedAt) {}
