package org.gms.genomics.cancer.biomarker;

/**
 * MSI status estimated from the variants alone.
 *
 * @param status {@code MSI-H} or {@code MSS} (not MSI-H)
 * @param score the feature: indels per Mb of territory
 * @param threshold the fitted cut-off
 * @param method how it was estimated and how accurate that is
 */
public record MsiEstimate(String status, double score, double threshold, String method) {}
