package org.gms.store;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A normalised variant as the store keys it (minimal alleles, left-aligned by the caller): build,
 * contig (without {@code chr}), 1-based position of the first reference base, and the alleles.
 */
public record Variant(String build, String contig, long position, String ref, String alt) {

  private static final Pattern BUILD = Pattern.compile("GRCh3[78]");
  private static final Pattern CONTIG = Pattern.compile("[0-9A-Za-z_.]{1,40}");
  private static final Pattern ALLELE = Pattern.compile("[ACGTN]*");

  public Variant {
    if (build == null || !BUILD.matcher(build).matches()) {
      throw new IllegalArgumentException("Build " + build + ": give GRCh38 or GRCh37");
    }
    if (contig == null || !CONTIG.matcher(contig).matches()) {
      throw new IllegalArgumentException(
          "Contig '" + contig + "': give a name such as 17, X or MT (letters, digits, _ and .)");
    }
    if (position < 1) {
      throw new IllegalArgumentException("Position " + position + ": positions are 1-based");
    }
    if (ref == null || alt == null || !ALLELE.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "Alleles " + ref + ">" + alt + ": give reference bases of A, C, G, T or N");
    }
    if (!ALLELE.matcher(alt).matches() || ref.equals(alt)) {
      throw new IllegalArgumentException(
          "Alleles " + ref + ">" + alt + ": give a different alternate of A, C, G, T or N");
    }
  }

  /** The 1-based position of the last reference base (the position itself for an insertion). */
  public long end() {
    return position + Math.max(ref.length(), 1) - 1;
  }

  /**
   * The variant's id in the files: a 64-bit FNV-1a hash of its key. Rows are joined on the position
   * and this id, so two alleles collide only if they share a position and a 64-bit hash.
   */
  public long id() {
    long hash = 0xcbf29ce484222325L;
    for (byte b :
        (build + ":" + contig + ":" + position + ":" + ref + ">" + alt)
            .getBytes(StandardCharsets.US_ASCII)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  @Override
  public String toString() {
    return build + ":" + contig + ":" + position + ":" + ref + ">" + alt;
  }
}
