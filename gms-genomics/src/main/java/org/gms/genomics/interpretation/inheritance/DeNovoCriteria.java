package org.gms.genomics.interpretation.inheritance;

/**
 * Call quality a de novo verdict of YES needs; calls below it give POSSIBLE. Reads with the ALT
 * allele in the parents contradict de novo (inherited, or a mosaic parent).
 *
 * @param minGenotypeQuality GQ of proband and parents at least this (when GQ is given)
 * @param minDepth DP of proband and parents at least this (when DP is given)
 * @param maxParentalAltReads ALT reads in the two parents together at most this (when AD is given)
 * @param minAlleleBalance the proband's ALT fraction of reads at least this (when AD is given)
 * @param maxAlleleBalance and at most this
 */
public record DeNovoCriteria(
    int minGenotypeQuality,
    int minDepth,
    int maxParentalAltReads,
    double minAlleleBalance,
    double maxAlleleBalance) {

  public DeNovoCriteria {
    if (minGenotypeQuality < 0 || minDepth < 0 || maxParentalAltReads < 0) {
      throw new IllegalArgumentException("De novo thresholds cannot be negative");
    }
    if (!(0 <= minAlleleBalance && minAlleleBalance <= maxAlleleBalance && maxAlleleBalance <= 1)) {
      throw new IllegalArgumentException(
          "Need 0 <= minimum <= maximum allele balance <= 1; got "
              + minAlleleBalance
              + " and "
              + maxAlleleBalance);
    }
  }

  /** GQ >= 20, DP >= 10, at most 1 ALT read in the parents, allele balance 0.2 to 0.8. */
  public static DeNovoCriteria defaults() {
    return new DeNovoCriteria(20, 10, 1, 0.2, 0.8);
  }
}
