package org.gms.genomics.transcript;

/**
 * The protein-coding part of a transcript in genomic coordinates (1-based, inclusive, plus-strand
 * low and high ends), stop codon included when the model has one.
 *
 * @param start lowest genomic position of the coding sequence
 * @param end highest genomic position of the coding sequence
 * @param startComplete whether the coding sequence begins with its real start codon (false for
 *     Ensembl {@code cds_start_NF} models)
 * @param endComplete whether it ends with a stop codon (false for {@code cds_end_NF} models)
 * @param startPhase bases to skip at the 5' end of the coding sequence before the first complete
 *     codon (GTF/GFF3 phase of the first CDS segment; 0 for complete models)
 */
public record CodingRegion(
    long start, long end, boolean startComplete, boolean endComplete, int startPhase) {

  public CodingRegion {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException(
          "Coding region must be 1-based with start <= end; got " + start + "-" + end);
    }
    if (startPhase < 0 || startPhase > 2) {
      throw new IllegalArgumentException("Coding phase must be 0, 1 or 2; got " + startPhase);
    }
  }
}
