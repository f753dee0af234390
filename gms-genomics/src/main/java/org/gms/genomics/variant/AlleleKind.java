package org.gms.genomics.variant;

/** What an ALT allele of a VCF record describes. */
public enum AlleleKind {
  /** Bases (A, C, G, T, N): a {@link SequenceVariant} can be made from it. */
  SEQUENCE,
  /** A symbolic allele such as {@code <DEL>}, {@code <NON_REF>} or {@code <*>}. */
  SYMBOLIC,
  /** {@code *}: the position is deleted by an overlapping deletion on this chromosome copy. */
  SPANNING_DELETION,
  /** A breakend such as {@code G]17:198982]} or {@code .A}. */
  BREAKEND;

  /** Classifies one ALT allele as written (the caller has checked its syntax). */
  static AlleleKind of(String alt) {
    if (alt.equals("*")) {
      return SPANNING_DELETION;
    }
    if (alt.startsWith("<")) {
      return SYMBOLIC;
    }
    if (alt.indexOf('[') >= 0
        || alt.indexOf(']') >= 0
        || alt.startsWith(".")
        || alt.endsWith(".")) {
      return BREAKEND;
    }
    return SEQUENCE;
  }
}
