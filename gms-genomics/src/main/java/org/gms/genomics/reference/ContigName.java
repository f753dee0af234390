package org.gms.genomics.reference;

import java.util.Locale;

/**
 * Contig naming: inputs spell the same chromosome {@code 17}, {@code chr17} or {@code CHR17}, and
 * the mitochondrion {@code MT}, {@code M} or {@code chrM}. Comparisons use the canonical form.
 */
public final class ContigName {

  private ContigName() {}

  /** The canonical name: no {@code chr} prefix, upper case, mitochondrion as {@code MT}. */
  public static String canonical(String name) {
    if (isCanonical(name)) {
      return name; // the usual case (17, X, MT), without allocating
    }
    String upper = name.strip().toUpperCase(Locale.ROOT);
    String bare = upper.startsWith("CHR") ? upper.substring(3) : upper;
    return bare.equals("M") ? "MT" : bare;
  }

  private static boolean isCanonical(String name) {
    if (name.isEmpty() || name.equals("M")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_' || c == '.')) {
        return false;
      }
    }
    return !name.startsWith("CHR");
  }

  public static boolean same(String a, String b) {
    return canonical(a).equals(canonical(b));
  }
}
