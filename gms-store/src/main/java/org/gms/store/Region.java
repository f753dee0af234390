package org.gms.store;

/** A stretch of one contig, 1-based inclusive; a variant is in it when it overlaps it. */
public record Region(String build, String contig, long from, long to) {

  public Region {
    new Variant(build, contig, Math.max(1, from), "N", "A"); // validates build and contig
    if (from < 1 || to < from) {
      throw new IllegalArgumentException(
          "Region " + contig + ":" + from + "-" + to + ": give 1 <= from <= to");
    }
  }

  public static Region of(Variant variant) {
    return new Region(variant.build(), variant.contig(), variant.position(), variant.end());
  }
}
