package org.gms.genomics.transcript;

/**
 * One exon in genomic coordinates: 1-based, inclusive, {@code start <= end} on the plus strand
 * whatever the transcript strand.
 */
public record Exon(long start, long end) {

  public Exon {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException(
          "Exon coordinates must be 1-based with start <= end; got " + start + "-" + end);
    }
  }

  public int length() {
    return (int) (end - start + 1);
  }

  public boolean contains(long position) {
    return position >= start && position <= end;
  }
}
