package org.gms.genomics.annotation;

import org.gms.genomics.reference.ContigName;
import org.gms.genomics.variant.SequenceVariant;

/**
 * A variant reduced to the bases that differ: shared leading bases of REF and ALT removed (the VCF
 * padding base goes), then shared trailing ones. Leading first keeps the placement a VCF record
 * means, as VEP does. Plus-strand genomic coordinates, 1-based: {@code start} to {@code end} are
 * the reference bases replaced; an insertion has empty {@code ref} and lies between {@code end} and
 * {@code start = end + 1}.
 */
record Allele(String contig, long start, long end, String ref, String alt) {

  static Allele of(SequenceVariant variant) {
    String ref = variant.ref();
    String alt = variant.alt();
    int prefix = 0;
    while (prefix < ref.length()
        && prefix < alt.length()
        && ref.charAt(prefix) == alt.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < ref.length() - prefix
        && suffix < alt.length() - prefix
        && ref.charAt(ref.length() - 1 - suffix) == alt.charAt(alt.length() - 1 - suffix)) {
      suffix++;
    }
    String trimmedRef = ref.substring(prefix, ref.length() - suffix);
    String trimmedAlt = alt.substring(prefix, alt.length() - suffix);
    long start = variant.position() + prefix;
    return new Allele(
        ContigName.canonical(variant.contig()),
        start,
        start + trimmedRef.length() - 1,
        trimmedRef,
        trimmedAlt);
  }

  boolean isInsertion() {
    return ref.isEmpty();
  }

  boolean isDeletion() {
    return alt.isEmpty();
  }

  boolean isSubstitution() {
    return ref.length() == 1 && alt.length() == 1;
  }

  /** Length change, ALT minus REF. */
  int lengthChange() {
    return alt.length() - ref.length();
  }

  /** Whether the allele touches any base of {@code from..to}, VEP-style for insertions too. */
  boolean overlaps(long from, long to) {
    return start <= to && end >= from;
  }
}
