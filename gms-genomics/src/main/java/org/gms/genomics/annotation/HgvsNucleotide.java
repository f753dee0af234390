package org.gms.genomics.annotation;

import org.gms.genomics.transcript.CdnaCoordinate;

/**
 * HGVS c. (coding transcripts) and n. (non-coding) descriptions: substitution, deletion,
 * duplication, insertion, inversion and deletion-insertion, with positions such as {@code 123},
 * {@code -12}, {@code *34}, {@code 123+5} and {@code -12-3}.
 *
 * <p>Deletions and insertions are moved to their most 3' position in the transcript's orientation
 * (the HGVS 3' rule) within the exon or intron they lie in; they never cross an exon-intron
 * boundary. An insertion equal to the bases just 5' of it is written as a duplication of those.
 */
final class HgvsNucleotide {

  private HgvsNucleotide() {}

  /**
   * The description, or null when the allele does not lie within the transcript.
   *
   * @param region the bases of the exon or intron that wholly contains the allele (in oriented
   *     coordinates, bounded to that exon or intron), or null for no 3' shifting
   */
  static String describe(TranscriptModel m, Allele allele, OrientedBases region) {
    String ref = m.plus ? allele.ref() : Dna.reverseComplement(allele.ref());
    String alt = m.plus ? allele.alt() : Dna.reverseComplement(allele.alt());
    // oriented first and last replaced base; for an insertion, last = the base before it
    long first = m.plus ? allele.start() : -allele.end();
    long last = first + ref.length() - 1;
    StringBuilder out = new StringBuilder(m.hgvsPrefix);
    if (ref.length() == 1 && alt.length() == 1) {
      return out.append(position(m, first)).append(ref).append('>').append(alt).toString();
    }
    if (alt.isEmpty()) {
      if (region != null) {
        long[] shifted = shiftDeletion(region, first, last);
        first = shifted[0];
        last = shifted[1];
      }
      return range(out, m, first, last).append("del").toString();
    }
    if (ref.isEmpty()) {
      long before = first - 1;
      String inserted = alt;
      if (region != null) {
        StringBuilder rotating = new StringBuilder(inserted);
        before = shiftInsertion(region, before, rotating);
        inserted = rotating.toString();
        if (isDuplicate(region, before, inserted)) {
          return range(out, m, before - inserted.length() + 1, before).append("dup").toString();
        }
      }
      return range(out, m, before, before + 1).append("ins").append(inserted).toString();
    }
    if (ref.length() == alt.length() && alt.equals(Dna.reverseComplement(ref))) {
      return range(out, m, first, last).append("inv").toString();
    }
    return range(out, m, first, last).append("delins").append(alt).toString();
  }

  private static long[] shiftDeletion(OrientedBases bases, long first, long last) {
    while (true) {
      char leaving = bases.at(first);
      char arriving = bases.at(last + 1);
      if (leaving == 0 || leaving != arriving) {
        return new long[] {first, last};
      }
      first++;
      last++;
    }
  }

  /** Moves the insertion point 3' while the next base equals the first inserted one. */
  private static long shiftInsertion(OrientedBases bases, long before, StringBuilder inserted) {
    while (true) {
      char next = bases.at(before + 1);
      if (next == 0 || next != inserted.charAt(0)) {
        return before;
      }
      inserted.deleteCharAt(0).append(next);
      before++;
    }
  }

  private static boolean isDuplicate(OrientedBases bases, long before, String inserted) {
    for (int i = 0; i < inserted.length(); i++) {
      if (bases.at(before - inserted.length() + 1 + i) != inserted.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static StringBuilder range(StringBuilder out, TranscriptModel m, long first, long last) {
    out.append(position(m, first));
    if (last != first) {
      out.append('_').append(position(m, last));
    }
    return out;
  }

  /** The HGVS position of an oriented coordinate along the transcript. */
  static String position(TranscriptModel m, long oriented) {
    CdnaCoordinate c = m.transcript.locate(m.plus ? oriented : -oriented);
    StringBuilder out = new StringBuilder(12);
    int p = c.position();
    if (!m.isCoding()) {
      out.append(p);
    } else if (p < m.cdsStart) {
      out.append('-').append(m.cdsStart - p);
    } else if (p > m.cdsEnd) {
      out.append('*').append(p - m.cdsEnd);
    } else {
      out.append(p - m.cdsStart + 1);
    }
    if (c.offset() > 0) {
      out.append('+').append(c.offset());
    } else if (c.offset() < 0) {
      out.append(c.offset());
    }
    return out.toString();
  }
}
