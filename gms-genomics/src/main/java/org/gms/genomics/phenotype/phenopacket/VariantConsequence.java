package org.gms.genomics.phenotype.phenopacket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consequence class of a causative variant, read from what the phenopacket records (no
 * transcript models or sequence are consulted): the {@code hgvs.p} change when it is specific, else
 * the {@code hgvs.c} (or {@code n.}) change, else the structural type.
 */
public enum VariantConsequence {
  /** Chromosomal deletion, duplication, translocation or other structural change. */
  STRUCTURAL,
  STOP_GAINED,
  FRAMESHIFT,
  /** Intronic position within 2 bases of an exon (canonical splice donor or acceptor). */
  SPLICE_SITE,
  START_LOST,
  STOP_LOST,
  /** In-frame deletion, insertion, duplication or deletion-insertion. */
  INFRAME_INDEL,
  MISSENSE,
  /** A coding substitution recorded without its protein effect. */
  CODING_SUBSTITUTION,
  /** Intronic position 3 to 8 bases from an exon. */
  SPLICE_REGION,
  /** An exonic change in a non-coding transcript ({@code n.}). */
  NON_CODING_TRANSCRIPT,
  /** 5' or 3' untranslated region. */
  UTR,
  /** Intronic, more than 8 bases from an exon. */
  INTRONIC,
  /** Upstream of the gene. */
  UPSTREAM,
  SYNONYMOUS,
  /** Only a genomic position is recorded, or the expression could not be read. */
  UNKNOWN;

  private static final Pattern STOP = Pattern.compile("[A-Z][a-z]{2}\\d+(Ter|\\*)");
  private static final Pattern SUBSTITUTION = Pattern.compile("[A-Z][a-z]{2}\\d+[A-Z][a-z]{2}");
  private static final Pattern LOCATION =
      Pattern.compile("[-*]?\\d+([+-]\\d+)?(_[-*]?\\d+([+-]\\d+)?)?");
  private static final Pattern POSITION = Pattern.compile("([-*]?)(\\d+)(?:([+-])(\\d+))?");
  private static final Pattern RANGE =
      Pattern.compile("(\\d+)(?:_(\\d+))?(delins|del|dup|ins)([ACGTN]*)");
  private static final int SPLICE_SITE_REACH = 2;
  private static final int SPLICE_REGION_REACH = 8;

  static VariantConsequence of(CausativeVariant variant) {
    if (!variant.structuralType().isEmpty()) {
      return variant.structuralType().contains("upstream") ? UPSTREAM : STRUCTURAL;
    }
    VariantConsequence fromProtein = fromProtein(change(variant.hgvsP(), "p."));
    if (fromProtein != UNKNOWN) {
      return fromProtein;
    }
    String cdna = change(variant.hgvsC(), "c.");
    if (!cdna.isEmpty()) {
      return fromTranscript(cdna, false);
    }
    String noncoding = change(variant.hgvsC(), "n.");
    return noncoding.isEmpty() ? UNKNOWN : fromTranscript(noncoding, true);
  }

  /** The change after the accession and prefix, without the parentheses of predicted effects. */
  private static String change(String expression, String prefix) {
    int at = expression.indexOf(prefix);
    if (at < 0) {
      return "";
    }
    return expression.substring(at + prefix.length()).replace("(", "").replace(")", "");
  }

  private static VariantConsequence fromProtein(String change) {
    if (change.isEmpty() || change.equals("?")) {
      return UNKNOWN;
    }
    if (change.endsWith("=")) {
      return SYNONYMOUS;
    }
    if (change.contains("fs")) {
      return FRAMESHIFT;
    }
    if (change.contains("ext")) {
      return STOP_LOST;
    }
    if (change.startsWith("Met1") && (change.endsWith("?") || change.contains("del"))) {
      return START_LOST;
    }
    if (STOP.matcher(change).matches() || (change.contains("delins") && change.endsWith("Ter"))) {
      return STOP_GAINED;
    }
    if (change.contains("del") || change.contains("ins") || change.contains("dup")) {
      return INFRAME_INDEL;
    }
    return SUBSTITUTION.matcher(change).matches() ? MISSENSE : UNKNOWN;
  }

  private static VariantConsequence fromTranscript(String change, boolean nonCoding) {
    Matcher location = LOCATION.matcher(change);
    if (!location.lookingAt()) {
      return UNKNOWN;
    }
    String[] ends = location.group().split("_");
    int nearestOffset = Integer.MAX_VALUE;
    boolean exonicEnd = false;
    boolean untranslated = false;
    for (String end : ends) {
      Matcher position = POSITION.matcher(end);
      if (!position.matches()) {
        return UNKNOWN;
      }
      if (position.group(3) == null) {
        exonicEnd = true;
        untranslated |= !position.group(1).isEmpty();
      } else {
        nearestOffset = Math.min(nearestOffset, Integer.parseInt(position.group(4)));
      }
    }
    boolean intronic = nearestOffset != Integer.MAX_VALUE;
    if (intronic && (exonicEnd || nearestOffset <= SPLICE_SITE_REACH)) {
      return SPLICE_SITE; // a range across an exon boundary removes the splice site too
    }
    if (intronic) {
      return nearestOffset <= SPLICE_REGION_REACH ? SPLICE_REGION : INTRONIC;
    }
    if (nonCoding) {
      return NON_CODING_TRANSCRIPT;
    }
    if (untranslated) {
      return UTR;
    }
    Matcher range = RANGE.matcher(change);
    if (range.lookingAt()) {
      return (indelLength(range) % 3 == 0) ? INFRAME_INDEL : FRAMESHIFT;
    }
    return change.contains(">") ? CODING_SUBSTITUTION : UNKNOWN;
  }

  /** Net change in coding length of a del, dup, ins or delins with plain coding positions. */
  private static int indelLength(Matcher range) {
    int start = Integer.parseInt(range.group(1));
    int end = range.group(2) == null ? start : Integer.parseInt(range.group(2));
    int span = end - start + 1;
    int inserted = range.group(4).length();
    return switch (range.group(3)) {
      case "del", "dup" -> span;
      case "ins" -> inserted;
      default -> Math.abs(inserted - span);
    };
  }
}
