package org.gms.genomics.annotation;

import static org.gms.genomics.protein.AminoAcid.threeLetter;

import java.util.Set;
import org.gms.genomics.transcript.CodingRegion;

/**
 * The protein-level effect of an exonic change that touches the coding sequence: the coding
 * consequence terms and the HGVS p. description. Works on the transcript's own sequence: the
 * reference protein and the protein translated from the changed transcript are compared, so every
 * kind of change (substitution, indel, stop or start codon hit) follows one path; substitutions
 * inside one codon take a shortcut that reads three bases.
 */
final class CodingEffect {

  private CodingEffect() {}

  /**
   * Adds the coding terms and returns the HGVS p. description (without accession), or null when the
   * protein cannot be described (unknown sequence, incomplete 5' end of the model).
   *
   * @param from first changed cDNA position (transcript orientation), at or after the CDS start
   * @param to last changed cDNA position ({@code from - 1} for an insertion)
   * @param ref replaced bases in transcript orientation
   * @param alt new bases in transcript orientation
   */
  static String analyse(
      TranscriptModel m, int from, int to, String ref, String alt, Set<Consequence> terms) {
    CodingRegion coding = m.transcript.coding();
    int phase = coding.startPhase();
    if (from - m.cdsStart < phase) {
      terms.add(Consequence.CODING_SEQUENCE_VARIANT);
      return null;
    }
    if (ref.length() == 1 && alt.length() == 1) {
      int known = terms.size();
      String p = substitution(m, from, alt.charAt(0), terms);
      if (terms.size() > known) {
        return p;
      }
    }
    String p = general(m, from, to, ref, alt, terms);
    return p;
  }

  /**
   * One base changed: reads only its codon. Adds no term (and returns null) for a stop loss, whose
   * extension needs the downstream sequence.
   */
  private static String substitution(
      TranscriptModel m, int from, char alt, Set<Consequence> terms) {
    CodingRegion coding = m.transcript.coding();
    int codon = (from - m.cdsStart - coding.startPhase()) / 3;
    int codonStart = m.cdsStart + coding.startPhase() + 3 * codon;
    if (codonStart + 2 > m.cdsEnd) {
      terms.add(Consequence.CODING_SEQUENCE_VARIANT); // incomplete terminal codon
      return null;
    }
    String bases = m.cdna(codonStart, codonStart + 2);
    if (bases == null) {
      terms.add(Consequence.CODING_SEQUENCE_VARIANT);
      return null;
    }
    char[] changed = bases.toCharArray();
    changed[from - codonStart] = alt;
    boolean initiator = codon == 0 && coding.startComplete();
    char refAa =
        initiator ? 'M' : m.code.translate(bases.charAt(0), bases.charAt(1), bases.charAt(2));
    char altAa = m.code.translate(changed[0], changed[1], changed[2]);
    int position = codon + 1 + partialFirstCodon(coding);
    if (initiator) {
      if (altAa == 'M') {
        terms.add(Consequence.START_RETAINED_VARIANT);
        return "p.(Met1=)";
      }
      terms.add(Consequence.START_LOST);
      return "p.(Met1?)";
    }
    if (refAa == '*') {
      if (altAa == '*') {
        terms.add(Consequence.STOP_RETAINED_VARIANT);
        return "p.(Ter" + position + "=)";
      }
      return null;
    }
    if (altAa == '*') {
      terms.add(Consequence.STOP_GAINED);
      return "p.(" + threeLetter(refAa) + position + "Ter)";
    }
    if (altAa == refAa) {
      terms.add(Consequence.SYNONYMOUS_VARIANT);
      return "p.(" + threeLetter(refAa) + position + "=)";
    }
    terms.add(Consequence.MISSENSE_VARIANT);
    return "p.(" + threeLetter(refAa) + position + threeLetter(altAa) + ")";
  }

  /** Any change: translate reference and changed transcript from the CDS start and compare. */
  private static String general(
      TranscriptModel m, int from, int to, String ref, String alt, Set<Consequence> terms) {
    CodingRegion coding = m.transcript.coding();
    int lengthChange = alt.length() - ref.length();
    String reference = m.codingTail();
    int x1 = from - m.cdsStart;
    int x2 = to - m.cdsStart;
    if (reference == null || x2 >= reference.length()) {
      lengthOnlyTerms(lengthChange, terms);
      return null;
    }
    int phase = coding.startPhase();
    String p = m.protein();
    CharSequence q = changedProtein(m, reference, p, x1, x2, alt);
    boolean touchesStart = coding.startComplete() && x1 < phase + 3;
    if (touchesStart && (q.length() == 0 || q.charAt(0) != 'M')) {
      terms.add(Consequence.START_LOST);
      return "p.(Met1?)";
    }
    int k = commonPrefix(p, q);
    boolean touchesStop = coding.endComplete() && to >= m.cdsEnd - 2;
    if (k == p.length() && k == q.length()) {
      return unchanged(m, x1, x2, lengthChange, touchesStart, touchesStop, p, terms);
    }
    if (k >= p.length() || k >= q.length()) {
      lengthOnlyTerms(lengthChange, terms); // ran off the known sequence
      return "p.?";
    }
    if (lengthChange % 3 != 0) {
      terms.add(Consequence.FRAMESHIFT_VARIANT);
      if (p.charAt(k) == '*') {
        terms.add(Consequence.STOP_LOST);
        return extension(p, q, k);
      }
      if (q.charAt(k) == '*' || stopInChangedCodons(m, reference, x1, x2, alt)) {
        terms.add(Consequence.STOP_GAINED);
      }
      if (q.charAt(k) == '*') {
        return "p.(" + threeLetter(p.charAt(k)) + (k + 1) + "Ter)";
      }
      int stop = indexOf(q, '*', k);
      return "p.("
          + threeLetter(p.charAt(k))
          + (k + 1)
          + threeLetter(q.charAt(k))
          + "fsTer"
          + (stop < 0 ? "?" : Integer.toString(stop - k + 1))
          + ")";
    }
    if (lengthChange > 0) {
      terms.add(Consequence.INFRAME_INSERTION);
    } else if (lengthChange < 0) {
      terms.add(Consequence.INFRAME_DELETION);
    }
    if (p.charAt(k) == '*') {
      terms.add(Consequence.STOP_LOST);
      return extension(p, q, k);
    }
    int qStop = indexOf(q, '*', 0);
    int expectedStop = p.endsWith("*") ? p.length() - 1 + lengthChange / 3 : -1;
    if (qStop >= 0 && (expectedStop < 0 || qStop < expectedStop)) {
      terms.add(Consequence.STOP_GAINED);
      return prematureStop(p, q, k, qStop, lastRefCodon(x1, x2, phase) + partialFirstCodon(coding));
    }
    if (lengthChange == 0) {
      terms.add(Consequence.MISSENSE_VARIANT);
    }
    return inframe(p, q, k);
  }

  /**
   * VEP's stop_gained test for a frameshift: the codons the change touches, read with the new
   * bases, hold a stop codon the reference codons did not. (A frameshift whose first changed amino
   * acid is a stop, HGVS p.(Xaa12Ter), is stop_gained too, as ClinVar counts it.)
   */
  private static boolean stopInChangedCodons(
      TranscriptModel m, String reference, int x1, int x2, String alt) {
    int phase = m.transcript.coding().startPhase();
    int start = phase + 3 * Math.floorDiv(x1 - phase, 3);
    int end;
    if (x2 >= x1) {
      end = phase + 3 * Math.floorDiv(x2 - phase, 3) + 2;
    } else {
      end = (x1 - phase) % 3 == 0 ? x1 - 1 : start + 2;
      start = (x1 - phase) % 3 == 0 ? x1 : start;
    }
    end = Math.min(end, reference.length() - 1);
    String changed = reference.substring(start, x1) + alt + reference.substring(x2 + 1, end + 1);
    return m.code.translate(changed, 0, false).indexOf('*') >= 0
        && m.code.translate(reference.substring(start, end + 1), 0, false).indexOf('*') < 0;
  }

  /**
   * The protein of the changed transcript. Codons before the change are the reference's; after an
   * in-frame change that keeps the stop they are the reference's too, so only the changed codons
   * are translated, and only a frameshift or a lost stop reads on to the next stop.
   */
  private static CharSequence changedProtein(
      TranscriptModel m, String reference, String p, int x1, int x2, String alt) {
    CodingRegion coding = m.transcript.coding();
    int phase = coding.startPhase();
    int lead = partialFirstCodon(coding);
    int codon = (x1 - phase) / 3;
    int codonStart = phase + 3 * codon;
    int first = Math.min(codon + lead, p.length());
    CharSequence changed = new Spliced(reference, x1, x2, alt);
    StringBuilder q = new StringBuilder(p.length() + 16).append(p, 0, first);
    int lengthChange = alt.length() - (x2 - x1 + 1);
    int readTo = changed.length();
    int refLast = lastRefCodon(x1, x2, phase) + lead;
    int refStop = p.endsWith("*") ? p.length() - 1 : Integer.MAX_VALUE;
    boolean keepsReferenceTail = lengthChange % 3 == 0 && refLast < refStop;
    if (keepsReferenceTail) {
      readTo = codonStart + 3 * (refLast - lead - codon + 1) + lengthChange;
    }
    for (int i = codonStart; i + 2 < changed.length() && i < readTo; i += 3) {
      char aa = m.code.translate(changed.charAt(i), changed.charAt(i + 1), changed.charAt(i + 2));
      if (i == phase && coding.startComplete() && aa != '*' && sameCodon(changed, reference, i)) {
        aa = 'M';
      }
      q.append(aa);
      if (aa == '*') {
        return q;
      }
    }
    if (keepsReferenceTail && refLast + 1 < p.length()) {
      q.append(p, refLast + 1, p.length());
    }
    return q;
  }

  private static boolean sameCodon(CharSequence changed, String reference, int at) {
    return changed.charAt(at) == reference.charAt(at)
        && changed.charAt(at + 1) == reference.charAt(at + 1)
        && changed.charAt(at + 2) == reference.charAt(at + 2);
  }

  /** The reference with bases {@code x1..x2} replaced, read without copying it. */
  private static final class Spliced implements CharSequence {
    private final String reference;
    private final int x1;
    private final int x2;
    private final String alt;

    Spliced(String reference, int x1, int x2, String alt) {
      this.reference = reference;
      this.x1 = x1;
      this.x2 = x2;
      this.alt = alt;
    }

    @Override
    public int length() {
      return reference.length() - (x2 - x1 + 1) + alt.length();
    }

    @Override
    public char charAt(int i) {
      if (i < x1) {
        return reference.charAt(i);
      }
      int intoAlt = i - x1;
      return intoAlt < alt.length()
          ? alt.charAt(intoAlt)
          : reference.charAt(x2 + 1 + intoAlt - alt.length());
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder out = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        out.append(charAt(i));
      }
      return out;
    }

    @Override
    public String toString() {
      return subSequence(0, length()).toString();
    }
  }

  private static String unchanged(
      TranscriptModel m,
      int x1,
      int x2,
      int lengthChange,
      boolean touchesStart,
      boolean touchesStop,
      String p,
      Set<Consequence> terms) {
    if (touchesStop) {
      terms.add(Consequence.STOP_RETAINED_VARIANT);
    } else if (touchesStart) {
      terms.add(Consequence.START_RETAINED_VARIANT);
    } else if (lengthChange == 0) {
      terms.add(Consequence.SYNONYMOUS_VARIANT);
    } else {
      terms.add(Consequence.CODING_SEQUENCE_VARIANT);
    }
    CodingRegion coding = m.transcript.coding();
    int phase = coding.startPhase();
    int lead = partialFirstCodon(coding);
    int firstCodon = (x1 - phase) / 3 + lead;
    boolean oneCodon =
        lengthChange == 0 && firstCodon == (x2 - phase) / 3 + lead && firstCodon < p.length();
    return oneCodon ? "p.(" + threeLetter(p.charAt(firstCodon)) + (firstCodon + 1) + "=)" : "p.(=)";
  }

  /** The stop codon at {@code k} now reads as an amino acid: {@code p.(Ter110GlnextTer17)}. */
  private static String extension(String p, CharSequence q, int k) {
    int stop = indexOf(q, '*', k);
    return "p.(Ter"
        + (k + 1)
        + threeLetter(q.charAt(k))
        + "extTer"
        + (stop < 0 ? "?" : Integer.toString(stop - k))
        + ")";
  }

  /**
   * An in-frame change that brings a stop codon forward: inserted amino acids up to and including
   * the new stop, in place of the reference residues the change covers.
   */
  private static String prematureStop(String p, CharSequence q, int k, int qStop, int lastRef) {
    String inserted = threeLetter(q.subSequence(k, qStop + 1));
    if (lastRef < k) {
      return insertionAfter(p, k, inserted);
    }
    String first = threeLetter(p.charAt(k)) + (k + 1);
    if (lastRef == k) {
      return qStop == k ? "p.(" + first + "Ter)" : "p.(" + first + "delins" + inserted + ")";
    }
    return "p.("
        + first
        + "_"
        + threeLetter(p.charAt(lastRef))
        + (lastRef + 1)
        + "delins"
        + inserted
        + ")";
  }

  /**
   * An in-frame change without stop gain or loss. Trimming the longest common prefix first puts
   * deletions and insertions at their most C-terminal (3') position, as HGVS requires.
   */
  private static String inframe(String p, CharSequence q, int k) {
    int suffix = 0;
    while (suffix < p.length() - k
        && suffix < q.length() - k
        && p.charAt(p.length() - 1 - suffix) == q.charAt(q.length() - 1 - suffix)) {
      suffix++;
    }
    String deleted = p.substring(k, p.length() - suffix);
    String inserted = q.subSequence(k, q.length() - suffix).toString();
    int last = k + deleted.length() - 1;
    String range =
        threeLetter(p.charAt(k))
            + (k + 1)
            + (deleted.length() > 1 ? "_" + threeLetter(p.charAt(last)) + (last + 1) : "");
    if (inserted.isEmpty()) {
      return "p.(" + range + "del)";
    }
    if (deleted.isEmpty()) {
      int n = inserted.length();
      if (k - n >= 0 && p.startsWith(inserted, k - n)) {
        String dup =
            threeLetter(p.charAt(k - n))
                + (k - n + 1)
                + (n > 1 ? "_" + threeLetter(p.charAt(k - 1)) + k : "");
        return "p.(" + dup + "dup)";
      }
      return insertionAfter(p, k, threeLetter(inserted));
    }
    if (deleted.length() == 1 && inserted.length() == 1) {
      return "p.(" + range + threeLetter(inserted.charAt(0)) + ")";
    }
    return "p.(" + range + "delins" + threeLetter(inserted) + ")";
  }

  private static int lastRefCodon(int x1, int x2, int phase) {
    if (x2 >= x1) {
      return (x2 - phase) / 3;
    }
    int between = x1 - phase; // insertion before CDS offset x1
    return between % 3 == 0 ? between / 3 - 1 : between / 3;
  }

  /** 1 when an incomplete 5' end leaves a partial codon that Ensembl counts as amino acid 1. */
  private static int partialFirstCodon(CodingRegion coding) {
    return !coding.startComplete() && coding.startPhase() > 0 ? 1 : 0;
  }

  private static void lengthOnlyTerms(int lengthChange, Set<Consequence> terms) {
    if (lengthChange % 3 != 0) {
      terms.add(Consequence.FRAMESHIFT_VARIANT);
    } else if (lengthChange > 0) {
      terms.add(Consequence.INFRAME_INSERTION);
    } else if (lengthChange < 0) {
      terms.add(Consequence.INFRAME_DELETION);
    } else {
      terms.add(Consequence.CODING_SEQUENCE_VARIANT);
    }
  }

  /** How many leading characters (residues, bases) the two sequences share. */
  static int commonPrefix(CharSequence a, CharSequence b) {
    int n = Math.min(a.length(), b.length());
    int k = 0;
    while (k < n && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** HGVS p. of residues inserted between residue k and k + 1 of the reference protein p. */
  private static String insertionAfter(String p, int k, String inserted) {
    return "p.("
        + threeLetter(p.charAt(k - 1))
        + k
        + "_"
        + threeLetter(p.charAt(k))
        + (k + 1)
        + "ins"
        + inserted
        + ")";
  }
}
