package org.gms.genomics.pgx.diplotype;

import java.util.Comparator;

/**
 * Orders allele names as people read them: numbers by value ({@code *2} before {@code *10}), the
 * rest by text.
 */
final class AlleleNames {

  static final Comparator<String> NATURAL = AlleleNames::compare;

  private AlleleNames() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String na = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
        int byValue =
            na.length() != nb.length()
                ? Integer.compare(na.length(), nb.length())
                : na.compareTo(nb);
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}
