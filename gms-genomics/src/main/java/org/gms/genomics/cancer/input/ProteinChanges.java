package org.gms.genomics.cancer.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.protein.AminoAcid;

/** HGVS protein changes in the short one-letter form CIViC and cBioPortal use ({@code V600E}). */
public final class ProteinChanges {

  private static final Pattern THREE = Pattern.compile("[A-Z][a-z]{2}");
  private static final Pattern CODON = Pattern.compile("^[A-Z*]?(\\d+)");
  private static final Pattern MISSENSE = Pattern.compile("^([A-Z])(\\d+)([A-Z])$");

  private ProteinChanges() {}

  /**
   * The short form of an HGVS protein change: {@code p.Val600Glu}, {@code p.V600E} and {@code
   * ENSP0001:p.Val600Glu} all give {@code V600E}; {@code p.=} and blanks give an empty string;
   * {@code %3D} (VEP's escaped '=') is decoded.
   */
  public static String shortForm(String hgvsp) {
    if (hgvsp == null) {
      return "";
    }
    String p = hgvsp.trim().replace("%3D", "=");
    int colon = p.lastIndexOf(':');
    if (colon >= 0) {
      p = p.substring(colon + 1);
    }
    if (p.startsWith("p.")) {
      p = p.substring(2);
    }
    if (p.startsWith("(") && p.endsWith(")")) {
      p = p.substring(1, p.length() - 1);
    }
    if (p.isEmpty() || p.equals(".") || p.equals("=") || p.equals("?") || p.equals("NA")) {
      return "";
    }
    Matcher m = THREE.matcher(p);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String three = m.group();
      String one =
          AminoAcid.ofThreeLetter(three).map(aa -> String.valueOf(aa.oneLetter())).orElse(three);
      m.appendReplacement(out, Matcher.quoteReplacement(one));
    }
    m.appendTail(out);
    String s = out.toString();
    if (s.endsWith("=")) {
      // synonymous: V600= keeps the codon
      return s;
    }
    // frameshifts as CIViC and cBioPortal name them: E1309fs (the new residue and length dropped)
    return s.replaceAll("^([A-Z*]\\d+)[A-Z*]?fs.*$", "$1fs");
  }

  /** The first protein position in a short form, or -1. */
  public static int codon(String shortForm) {
    Matcher m = CODON.matcher(shortForm == null ? "" : shortForm);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** Whether the short form is a single amino-acid substitution such as {@code V600E}. */
  public static boolean isMissense(String shortForm) {
    return shortForm != null && MISSENSE.matcher(shortForm).matches() && !shortForm.endsWith("*");
  }

  /** The reference amino acid of a short form ({@code V} of {@code V600E}), or empty. */
  public static String referenceResidue(String shortForm) {
    return shortForm == null || shortForm.isEmpty() || !Character.isUpperCase(shortForm.charAt(0))
        ? ""
        : shortForm.substring(0, 1);
  }

  /** The alternate amino acid of a missense short form, or empty. */
  public static String alternateResidue(String shortForm) {
    Matcher m = MISSENSE.matcher(shortForm == null ? "" : shortForm);
    return m.matches() ? m.group(3) : "";
  }
}
