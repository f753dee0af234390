package org.gms.server.trials;

/**
 * How many patients of the service carry an arm's genomic targets (whatever their tumour type and
 * age): counts only, of patients whose current research decision is given, and no count below
 * {@link org.gms.server.research.ResearchView#SMALLEST_COUNT}.
 *
 * @param patients the count, or null when suppressed
 * @param suppressed true when fewer than the smallest count carry them (and at least one)
 * @param eligible how many of them also meet the arm's clinical criteria (same suppression), or
 *     null
 */
public record ArmHorizon(
    String trialId,
    String title,
    String arm,
    boolean open,
    String targets,
    Long patients,
    boolean suppressed,
    Long eligible,
    boolean eligibleSuppressed) {}
