package org.gms.genomics.transcript;

/**
 * A genomic position expressed along a transcript, as HGVS counts it: a cDNA position (1-based in
 * transcript orientation) plus an intron offset. Exonic bases have offset 0. Intronic bases are
 * anchored on the nearer exon edge ({@code +n} after an exon, {@code -n} before one; the first half
 * of an odd-length intron's middle goes to {@code +}). Bases beyond the transcript ends have offset
 * 0 and positions below 1 (5') or above the cDNA length (3').
 *
 * @param position cDNA position, 1-based in transcript orientation (may be outside the cDNA)
 * @param offset signed distance into the intron from the anchoring exon base, 0 for exonic bases
 */
public record CdnaCoordinate(int position, int offset) {

  public boolean isExonic() {
    return offset == 0;
  }
}
