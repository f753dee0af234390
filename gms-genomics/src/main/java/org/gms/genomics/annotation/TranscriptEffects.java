package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gms.genomics.transcript.CodingRegion;
import org.gms.genomics.transcript.Exon;
import org.gms.genomics.transcript.HgncId;
import org.gms.genomics.transcript.Transcript;

/**
 * The effect of one allele on one transcript, with the Sequence Ontology terms defined as Ensembl
 * VEP defines them:
 *
 * <ul>
 *   <li>splice donor / acceptor: the first / last two bases of an intron;
 *   <li>splice region: 1-3 bases into the exon or 3-8 bases into the intron from a splice site (not
 *       given when the allele hits the donor or acceptor site itself);
 *   <li>intron variant: bases of an intron other than its two first and two last;
 *   <li>upstream / downstream: within {@value #FLANK} bases 5' / 3' of the transcript;
 *   <li>coding terms from comparing the reference and changed protein ({@link CodingEffect}).
 * </ul>
 *
 * An insertion hits a region when both bases around it are in the region, except that an insertion
 * between an exon and its splice site, or between the splice site and the rest of the intron,
 * counts for the splice region.
 */
final class TranscriptEffects {

  /** How far up- and downstream of a transcript a variant is still reported against it. */
  static final int FLANK = 5000;

  private TranscriptEffects() {}

  /** The annotation, or null when the allele is farther than {@link #FLANK} from the transcript. */
  static TranscriptAnnotation annotate(Allele a, TranscriptModel m) {
    if (a.end() < m.start || a.start() > m.end) {
      long distance = a.end() < m.start ? m.start - a.end() : a.start() - m.end;
      if (distance > FLANK) {
        return null;
      }
      boolean fivePrime = m.plus == (a.end() < m.start);
      return annotation(
          m,
          Set.of(
              fivePrime ? Consequence.UPSTREAM_GENE_VARIANT : Consequence.DOWNSTREAM_GENE_VARIANT),
          null,
          null,
          null,
          null);
    }
    Set<Consequence> terms = EnumSet.noneOf(Consequence.class);
    int exons = m.exonCount();
    int firstExon = -1;
    int lastExon = -1;
    for (int i = 0; i < exons; i++) {
      Exon exon = m.exon(i);
      if (a.overlaps(exon.start(), exon.end())) {
        firstExon = firstExon < 0 ? i : firstExon;
        lastExon = i;
      }
    }
    int firstIntron = -1;
    int lastIntron = -1;
    boolean intronic = false;
    boolean spliceSite = false;
    boolean spliceRegion = false;
    Transcript t = m.transcript;
    for (int i = 0; i + 1 < exons; i++) {
      long is = t.intronStart(i);
      long ie = t.intronEnd(i);
      if (!a.overlaps(is - 8, ie + 8)) {
        continue;
      }
      if (a.overlaps(is, ie)) {
        firstIntron = firstIntron < 0 ? i : firstIntron;
        lastIntron = i;
      }
      boolean insertion = a.isInsertion();
      if (a.overlaps(is + 2, ie - 2) || (insertion && (a.start() == is + 2 || a.end() == ie - 2))) {
        intronic = true;
      }
      if (a.overlaps(is, is + 1)) {
        terms.add(m.plus ? Consequence.SPLICE_DONOR_VARIANT : Consequence.SPLICE_ACCEPTOR_VARIANT);
        spliceSite = true;
      }
      if (a.overlaps(ie - 1, ie)) {
        terms.add(m.plus ? Consequence.SPLICE_ACCEPTOR_VARIANT : Consequence.SPLICE_DONOR_VARIANT);
        spliceSite = true;
      }
      if (a.overlaps(is - 3, is - 1)
          || a.overlaps(ie + 1, ie + 3)
          || a.overlaps(is + 2, is + 7)
          || a.overlaps(ie - 7, ie - 2)
          || (insertion
              && (a.start() == is
                  || a.start() == ie + 1
                  || a.start() == is + 2
                  || a.end() == ie - 2))) {
        spliceRegion = true;
      }
    }
    if (spliceRegion && !spliceSite) {
      terms.add(Consequence.SPLICE_REGION_VARIANT);
    }
    if (intronic) {
      terms.add(Consequence.INTRON_VARIANT);
    }
    if (!a.isInsertion() && a.start() <= m.start && a.end() >= m.end) {
      terms.clear();
      terms.add(Consequence.TRANSCRIPT_ABLATION);
      return annotation(
          m,
          terms,
          exonLabel(firstExon, lastExon, exons),
          intronLabel(firstIntron, lastIntron, exons),
          null,
          m.isCoding() ? "p.?" : null);
    }
    String hgvsp = null;
    boolean withinOneExon = firstExon >= 0 && firstExon == lastExon && firstIntron < 0;
    if (withinOneExon) {
      hgvsp = exonic(a, m, firstExon, terms);
    } else if (firstExon >= 0) {
      hgvsp = acrossExonEdges(a, m, terms);
    }
    if (!m.isCoding() && (intronic || spliceSite || spliceRegion) && firstExon < 0) {
      terms.add(Consequence.NON_CODING_TRANSCRIPT_VARIANT);
    }
    if (m.nonsenseMediatedDecay) {
      terms.add(Consequence.NMD_TRANSCRIPT_VARIANT);
    }
    if (spliceSite && hgvsp == null && m.isCoding() && touchesCds(a, m)) {
      hgvsp = "p.?";
    }
    if (terms.isEmpty()) {
      terms.add(firstIntron >= 0 || firstExon < 0 ? Consequence.INTRON_VARIANT : exonTerm(m));
    }
    OrientedBases shiftRegion = shiftRegion(a, m);
    return annotation(
        m,
        terms,
        exonLabel(firstExon, lastExon, exons),
        intronLabel(firstIntron, lastIntron, exons),
        HgvsNucleotide.describe(m, a, shiftRegion),
        hgvsp == null ? null : m.proteinPrefix + hgvsp);
  }

  /** The allele lies wholly inside one exon. */
  private static String exonic(Allele a, TranscriptModel m, int exon, Set<Consequence> terms) {
    if (!m.isCoding()) {
      terms.add(Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT);
      return null;
    }
    // first changed cDNA position; for an insertion, the base after it
    int from = m.plus ? m.cdnaOf(exon, a.start()) : m.cdnaOf(exon, a.end());
    int to = from + a.ref().length() - 1;
    if (to < m.cdsStart) {
      terms.add(Consequence.FIVE_PRIME_UTR_VARIANT);
      return null;
    }
    if (from > m.cdsEnd) {
      terms.add(Consequence.THREE_PRIME_UTR_VARIANT);
      return null;
    }
    if (to > m.cdsEnd) {
      terms.add(Consequence.THREE_PRIME_UTR_VARIANT);
    }
    if (from < m.cdsStart) {
      terms.add(Consequence.FIVE_PRIME_UTR_VARIANT);
      CodingRegion coding = m.transcript.coding();
      terms.add(
          coding.startComplete() ? Consequence.START_LOST : Consequence.CODING_SEQUENCE_VARIANT);
      return coding.startComplete() ? "p.(Met1?)" : null;
    }
    String ref = m.plus ? a.ref() : Dna.reverseComplement(a.ref());
    String alt = m.plus ? a.alt() : Dna.reverseComplement(a.alt());
    return CodingEffect.analyse(m, from, to, ref, alt, terms);
  }

  /** The allele covers exon bases and intron bases (or several exons). */
  private static String acrossExonEdges(Allele a, TranscriptModel m, Set<Consequence> terms) {
    if (!m.isCoding()) {
      terms.add(Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT);
      return null;
    }
    int low = Integer.MAX_VALUE;
    int high = Integer.MIN_VALUE;
    for (int i = 0; i < m.exonCount(); i++) {
      Exon exon = m.exon(i);
      long s = Math.max(a.start(), exon.start());
      long e = Math.min(a.end(), exon.end());
      if (s <= e) {
        int c1 = m.cdnaOf(i, s);
        int c2 = m.cdnaOf(i, e);
        low = Math.min(low, Math.min(c1, c2));
        high = Math.max(high, Math.max(c1, c2));
      }
    }
    if (low > high) {
      return null;
    }
    if (low < m.cdsStart) {
      terms.add(Consequence.FIVE_PRIME_UTR_VARIANT);
    }
    if (high > m.cdsEnd) {
      terms.add(Consequence.THREE_PRIME_UTR_VARIANT);
    }
    boolean coding = low <= m.cdsEnd && high >= m.cdsStart;
    if (!coding) {
      return null;
    }
    CodingRegion region = m.transcript.coding();
    terms.add(Consequence.CODING_SEQUENCE_VARIANT);
    if (region.startComplete() && low <= m.cdsStart + 2) {
      terms.add(Consequence.START_LOST);
    }
    if (region.endComplete() && high >= m.cdsEnd - 2) {
      terms.add(Consequence.STOP_LOST);
    }
    return "p.?";
  }

  private static boolean touchesCds(Allele a, TranscriptModel m) {
    CodingRegion coding = m.transcript.coding();
    return a.overlaps(coding.start() - 2, coding.end() + 2);
  }

  /** The stretch an indel may be shifted through: the transcript, if the indel lies within it. */
  private static OrientedBases shiftRegion(Allele a, TranscriptModel m) {
    boolean indel = a.isInsertion() || a.isDeletion();
    boolean within =
        a.isInsertion()
            ? a.start() > m.start && a.end() < m.end
            : a.start() >= m.start && a.end() <= m.end;
    return indel && within ? m.transcriptBases() : null;
  }

  private static Consequence exonTerm(TranscriptModel m) {
    return m.isCoding()
        ? Consequence.CODING_SEQUENCE_VARIANT
        : Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT;
  }

  private static String exonLabel(int first, int last, int exons) {
    return first < 0 ? null : range(first, last) + "/" + exons;
  }

  private static String intronLabel(int first, int last, int exons) {
    return first < 0 ? null : range(first, last) + "/" + (exons - 1);
  }

  private static String range(int first, int last) {
    return first == last ? Integer.toString(first + 1) : (first + 1) + "-" + (last + 1);
  }

  private static TranscriptAnnotation annotation(
      TranscriptModel m,
      Set<Consequence> terms,
      String exon,
      String intron,
      String hgvsc,
      String hgvsp) {
    Transcript t = m.transcript;
    HgncId hgnc = t.gene().hgncId();
    List<Consequence> sorted = new ArrayList<>(terms);
    sorted.sort(null);
    return new TranscriptAnnotation(
        t.gene().symbol(),
        hgnc == null ? null : hgnc.value(),
        t.id().toString(),
        t.maneSelect(),
        sorted,
        exon,
        intron,
        hgvsc,
        hgvsp);
  }
}
