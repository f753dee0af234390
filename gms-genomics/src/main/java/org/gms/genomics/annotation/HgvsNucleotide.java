package org.gms.genomics.annotation;

import org.gms.genomics.transcript.CdnaCoordinate;

/**
 * HGVS c. (coding transcripts) and n. (non-coding) descriptions: substitution, deletion,
 * duplication, insertion, inversion and deletion-insertion, with positions such as {@code 123},
 * {@code -12}, {@code *34}, {@code 123+5} and {@code -12-3}.
 *
 * <p>Deletions and insertions are moved to their most 3' position in the transcript's orientation
 * (the HGVS 3' rule) along the genomic sequence of the transcript, exons and introns alike, so a
 * deletion may end up across an exon edge ({@code c.594-1_596del} becomes {@code c.594_597del}) but
 * never jumps from one exon to the next. An insertion equal to the bases just 5' of it is written
 * as a duplication of those. When the bases needed are not known the description is left out rather
 * than given unshifted.
 */
final class HgvsNucleotide {

  private HgvsNucleotide() {}

  /**
   * The description, or null when it depends on bases that are not known.
   *
   * @param region the transcript stretch an indel is moved 3' in; null when there is nothing to
   *     shift (substitutions, deletion-insertions) or the allele reaches beyond the transcript
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
        while (last < region.last()) {
          char leaving = region.at(first);
          char arriving = region.at(last + 1);
          if (leaving == 0 || arriving == 0) {
            return null; // cannot tell how far the 3' rule moves it
          }
          if (leaving != arriving) {
            break;
          }
          first++;
          last++;
        }
      }
      return range(out, m, first, last).append("del").toString();
    }
    if (ref.isEmpty()) {
      long before = first - 1;
      StringBuilder inserted = new StringBuilder(alt);
      if (region != null) {
        while (before < region.last()) {
          char next = region.at(before + 1);
          if (next == 0) {
            return null;
          }
          if (next != inserted.charAt(0)) {
            break;
          }
          inserted.deleteCharAt(0).append(next);
          before++;
        }
        int copies = copiesBefore(region, before, inserted);
        if (copies < 0) {
          return null;
        }
        if (copies > 0) {
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

  /** 1 if the bases just 5' of the insertion equal it, 0 if not, -1 if they are not known. */
  private static int copiesBefore(OrientedBases region, long before, CharSequence inserted) {
    long start = before - inserted.length() + 1;
    if (start < region.first()) {
      return 0;
    }
    for (int i = 0; i < inserted.length(); i++) {
      char base = region.at(start + i);
      if (base == 0) {
        return -1;
      }
      if (base != inserted.charAt(i)) {
        return 0;
      }
    }
    return 1;
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
