package org.gms.genomics.variant;

/**
 * One alternate allele against the reference, in VCF convention: {@code start} is the position of
 * the first reference base; {@code ref} and {@code alt} are upper-case DNA. Insertions and
 * deletions keep their VCF padding base unless they have been trimmed by normalisation.
 */
public record SequenceVariant(GenomicPosition start, String ref, String alt) {

  public SequenceVariant {
    if (start == null) {
      throw new IllegalArgumentException("A variant needs a start position");
    }
    ref = ref == null ? "" : ref.toUpperCase(java.util.Locale.ROOT);
    alt = alt == null ? "" : alt.toUpperCase(java.util.Locale.ROOT);
    if (!isDna(ref) || !isDna(alt)) {
      throw new IllegalArgumentException(
          "Alleles must be DNA bases (A, C, G, T, N); got REF '" + ref + "', ALT '" + alt + "'");
    }
    if (ref.equals(alt)) {
      throw new IllegalArgumentException("REF and ALT are the same ('" + ref + "') at " + start);
    }
  }

  /** Only A, C, G, T, N (checked per base: variants are made for every record of a genome). */
  private static boolean isDna(String bases) {
    for (int i = 0; i < bases.length(); i++) {
      switch (bases.charAt(i)) {
        case 'A', 'C', 'G', 'T', 'N' -> {}
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  public static SequenceVariant of(String contig, long position, String ref, String alt) {
    return new SequenceVariant(new GenomicPosition(contig, position), ref, alt);
  }

  public String contig() {
    return start.contig();
  }

  public long position() {
    return start.position();
  }

  /** Last reference base touched, 1-based inclusive (equal to start for pure insertions' pad). */
  public long end() {
    return start.position() + Math.max(ref.length(), 1) - 1;
  }

  @Override
  public String toString() {
    return start + " " + ref + ">" + alt;
  }
}
