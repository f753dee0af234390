package org.gms.genomics.variant;

/**
 * One base on a reference contig, in the VCF coordinate system: 1-based, so the first base of a
 * contig is position 1.
 *
 * @param contig the contig name as the input spells it (for example {@code 17} or {@code chr17})
 * @param position 1-based position of the base
 */
public record GenomicPosition(String contig, long position) {

  public GenomicPosition {
    if (contig == null || contig.isBlank()) {
      throw new IllegalArgumentException("A genomic position needs a contig name");
    }
    if (position < 1) {
      throw new IllegalArgumentException(
          "Positions are 1-based; got " + position + " on contig " + contig);
    }
  }

  @Override
  public String toString() {
    return contig + ":" + position;
  }
}
