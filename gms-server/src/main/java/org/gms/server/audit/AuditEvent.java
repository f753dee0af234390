package org.gms.server.audit;

import java.time.Instant;

/**
 * One audit event.
 *
 * @param seq position in the chain, starting at 1
 * @param at when it happened (microsecond precision, as stored)
 * @param actor the user name, or {@code system}
 * @param action what was done, e.g. {@code read}, {@code create}, {@code import}, {@code login}
 * @param entityType the kind of thing, e.g. {@code patient}, {@code directory}
 * @param entityId the thing's identifier
 * @param detail free text, never secrets
 * @param prevHash hash of the previous event ({@code 0} repeated for the first)
 * @param hash SHA-256 over this event's fields and {@code prevHash}
 */
public record AuditEvent(
    long seq,
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityId,
    String detail,
    String prevHash,
    String hash) {}
