package org.gms.genomics.interpretation.inheritance;

/**
 * The verdict of one pattern for one variant (or one pair, for compound heterozygosity).
 *
 * @param reason why, in words: what fits, or what is missing or contradicts it
 */
public record SegregationResult(SegregationPattern pattern, Fit fit, String reason) {

  public SegregationResult {
    if (pattern == null || fit == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "A segregation result needs a pattern, a fit and a reason");
    }
  }

  @Override
  public String toString() {
    return pattern + " " + fit + ": " + reason;
  }
}
