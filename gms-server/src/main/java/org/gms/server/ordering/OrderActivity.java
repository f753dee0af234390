package org.gms.server.ordering;

import java.time.Instant;
import java.time.LocalDate;
import org.gms.server.record.NhsNumber;

/**
 * An order's path through the service, for management figures: what was ordered, by whom, for which
 * laboratory, and when it was requested, first received, reported and ended. Dates of events that
 * have not happened are null.
 *
 * @param firstSampleAt when the first sample arrived
 * @param reportedAt when the order moved to REPORTED
 * @param endedAt when it was cancelled or failed
 */
public record OrderActivity(
    long id,
    NhsNumber patient,
    String indication,
    String test,
    String testMethod,
    String laboratory,
    String requesterOrganisation,
    Urgency urgency,
    OrderState state,
    Instant requestedAt,
    Instant firstSampleAt,
    Instant reportedAt,
    Instant endedAt,
    LocalDate expectedBy) {}
