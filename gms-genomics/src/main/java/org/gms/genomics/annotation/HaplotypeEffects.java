package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gms.genomics.transcript.Exon;
import org.gms.genomics.variant.SequenceVariant;

/**
 * Computes {@link JointEffect}s: the alleles of one haplotype that change the coding sequence of a
 * transcript (all their bases in one exon, within the CDS, stop codon included) are applied
 * together to the coding sequence from the start codon to the transcript's 3' end, which is then
 * translated and compared with the reference protein. Alleles that reach into an intron or the UTRs
 * keep their own consequence only.
 */
final class HaplotypeEffects {

  private HaplotypeEffects() {}

  /** One allele placed on the coding sequence: bases {@code from..from+length-1} (0-based). */
  private record Edit(SequenceVariant variant, Allele allele, int from, int length, String bases) {}

  /** The joint effect on the transcript, or null when fewer than two alleles change its CDS. */
  static JointEffect of(TranscriptModel m, List<SequenceVariant> haplotype) {
    if (!m.isCoding()) {
      return null;
    }
    String tail = m.codingTail();
    if (tail == null) {
      return null;
    }
    List<Edit> edits = new ArrayList<>();
    for (SequenceVariant variant : haplotype) {
      Edit edit = place(m, variant);
      if (edit != null) {
        edits.add(edit);
      }
    }
    if (edits.size() < 2) {
      return null;
    }
    edits.sort(Comparator.comparingInt(Edit::from));
    for (int i = 1; i < edits.size(); i++) {
      Edit before = edits.get(i - 1);
      if (before.from() + before.length() > edits.get(i).from()) {
        return null; // overlapping alleles cannot lie on one haplotype
      }
    }
    StringBuilder changed = new StringBuilder(tail);
    int net = 0;
    boolean someShift = false;
    boolean touchesStop = false;
    int stopStart = m.cdsEnd - m.cdsStart - 2;
    int firstChanged = Integer.MAX_VALUE;
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit e = edits.get(i);
      changed.replace(e.from(), e.from() + e.length(), e.bases());
      int change = e.bases().length() - e.length();
      net += change;
      someShift |= change % 3 != 0;
      touchesStop |= e.from() + Math.max(e.length(), 1) > stopStart && e.from() <= stopStart + 2;
      firstChanged = Math.min(firstChanged, e.from());
    }
    var coding = m.transcript.coding();
    int phase = coding.startPhase();
    String lead = !coding.startComplete() && phase > 0 ? "X" : "";
    String reference = m.protein();
    String altered = lead + m.code.translate(changed, phase, coding.startComplete());
    Set<Consequence> terms = EnumSet.noneOf(Consequence.class);
    boolean sameEnd =
        altered.length() == reference.length() && altered.endsWith("*") && reference.endsWith("*");
    boolean shifted = net % 3 != 0 && !sameEnd;
    String description = describe(reference, altered, shifted);
    if (shifted) {
      terms.add(Consequence.FRAMESHIFT_VARIANT);
      if (touchesStop) {
        terms.add(Consequence.STOP_LOST);
      }
    } else {
      // in frame, or a frameshift that only reaches the stop codon and still reads a stop there
      classifyInFrame(reference, altered, net % 3 == 0 ? net : 0, touchesStop, terms);
      if (net % 3 != 0 && touchesStop) {
        terms.add(Consequence.STOP_RETAINED_VARIANT);
      }
    }
    if (terms.isEmpty()) {
      terms.add(Consequence.SYNONYMOUS_VARIANT);
    }
    List<Consequence> ordered = new ArrayList<>(terms);
    if (ordered.contains(Consequence.STOP_LOST)
        && ordered.contains(Consequence.FRAMESHIFT_VARIANT)) {
      ordered.remove(Consequence.STOP_LOST);
      ordered.add(0, Consequence.STOP_LOST);
    }
    return new JointEffect(
        m.transcript.gene().symbol(),
        m.transcript.id().toString(),
        edits.stream()
            .map(Edit::variant)
            .sorted(Comparator.comparingLong(SequenceVariant::position))
            .toList(),
        ordered,
        description,
        someShift && net % 3 == 0);
  }

  /** Whether some allele alone shifts the frame (for callers weighing a restored frame). */
  static boolean shifts(Allele allele) {
    return allele.lengthChange() % 3 != 0;
  }

  private static void classifyInFrame(
      String reference, String altered, int net, boolean touchesStop, Set<Consequence> terms) {
    int k = CodingEffect.commonPrefix(reference, altered);
    if (k == reference.length() && k == altered.length()) {
      terms.add(touchesStop ? Consequence.STOP_RETAINED_VARIANT : Consequence.SYNONYMOUS_VARIANT);
      return;
    }
    if (k == 0 && reference.charAt(0) == 'M') {
      terms.add(Consequence.START_LOST);
      return;
    }
    char was = k < reference.length() ? reference.charAt(k) : '*';
    char now = k < altered.length() ? altered.charAt(k) : '*';
    if (was == '*' && now != '*') {
      terms.add(Consequence.STOP_LOST);
    } else if (now == '*' && was != '*') {
      terms.add(Consequence.STOP_GAINED);
    } else if (net < 0) {
      terms.add(Consequence.INFRAME_DELETION);
    } else if (net > 0) {
      terms.add(Consequence.INFRAME_INSERTION);
    } else {
      terms.add(Consequence.MISSENSE_VARIANT);
    }
    if (net < 0 && !terms.contains(Consequence.INFRAME_DELETION)) {
      terms.add(Consequence.INFRAME_DELETION);
    } else if (net > 0 && !terms.contains(Consequence.INFRAME_INSERTION)) {
      terms.add(Consequence.INFRAME_INSERTION);
    }
  }

  /** bcftools-style: position and the differing stretch of reference and changed protein. */
  private static String describe(String reference, String altered, boolean frameshift) {
    int k = CodingEffect.commonPrefix(reference, altered);
    if (k == reference.length() && k == altered.length()) {
      return "";
    }
    if (k < altered.length() && altered.charAt(k) == '*' && k < reference.length()) {
      return (k + 1) + reference.substring(k, k + 1) + ">" + (k + 1) + "*";
    }
    if (frameshift) {
      return (k + 1)
          + (k < reference.length() ? reference.substring(k, k + 1) : "")
          + ">"
          + (k + 1)
          + (k < altered.length() ? altered.substring(k, k + 1) : "")
          + "Xfs";
    }
    int suffix = 0;
    while (suffix < reference.length() - k
        && suffix < altered.length() - k
        && reference.charAt(reference.length() - 1 - suffix)
            == altered.charAt(altered.length() - 1 - suffix)) {
      suffix++;
    }
    String was = reference.substring(k, reference.length() - suffix);
    String now = altered.substring(k, altered.length() - suffix);
    if (now.indexOf('*') >= 0) {
      now = now.substring(0, now.indexOf('*') + 1);
      was = reference.substring(k, Math.min(reference.length(), k + now.length()));
    }
    return (k + 1) + was + ">" + (k + 1) + now;
  }

  /** The allele on the coding sequence (0-based from the CDS start), or null if not coding. */
  private static Edit place(TranscriptModel m, SequenceVariant variant) {
    Allele a = Allele.of(variant);
    if (!ContigMatch.same(a.contig(), m.transcript.contig())) {
      return null;
    }
    long first = a.isInsertion() ? a.end() : a.start();
    long last = a.isInsertion() ? a.start() : a.end();
    for (int i = 0; i < m.exonCount(); i++) {
      Exon exon = m.exon(i);
      if (first < exon.start() || last > exon.end()) {
        continue;
      }
      int cdna = m.cdnaOf(i, m.plus ? a.start() : a.end());
      if (a.isInsertion() && !m.plus) {
        cdna = m.cdnaOf(i, a.end());
      }
      int from = cdna - m.cdsStart;
      int length = a.ref().length();
      if (from < 0 || cdna + Math.max(length, 1) - 1 > m.cdsEnd) {
        return null;
      }
      String bases = m.plus ? a.alt() : Dna.reverseComplement(a.alt());
      return new Edit(variant, a, from, length, bases);
    }
    return null;
  }

  /** Contig names compared in canonical form (chr1 = 1). */
  private static final class ContigMatch {
    static boolean same(String canonical, String other) {
      return canonical.equals(org.gms.genomics.reference.ContigName.canonical(other));
    }
  }
}
