package org.gms.server.record;

/**
 * A relative of a patient.
 *
 * @param relationship what the relative is to the patient
 * @param source where the link was recorded (a test order, the record)
 */
public record Relative(
    NhsNumber nhsNumber, String name, Relationship relationship, String source) {}
