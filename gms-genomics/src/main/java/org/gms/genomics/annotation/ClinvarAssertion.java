package org.gms.genomics.annotation;

/**
 * ClinVar's aggregate germline classification of an allele.
 *
 * @param variationId ClinVar Variation ID
 * @param significance CLNSIG, e.g. {@code Pathogenic} or {@code Conflicting classifications of
 *     pathogenicity} (ClinVar's underscores shown as spaces)
 * @param reviewStatus CLNREVSTAT, e.g. {@code criteria provided, multiple submitters, no conflicts}
 */
public record ClinvarAssertion(String variationId, String significance, String reviewStatus) {}
