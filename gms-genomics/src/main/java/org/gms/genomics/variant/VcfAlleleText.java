package org.gms.genomics.variant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of a VCF line's allele columns, read straight from its bytes: REF bases, ALT alleles
 * (bases, {@code *}, symbolic {@code <...>} and breakends), each checked with a message naming the
 * file, line and column.
 */
final class VcfAlleleText {

  private VcfAlleleText() {}

  static String ref(String source, byte[] line, int start, int end, long lineNumber) {
    if (!isBases(line, start, end)) {
      throw new VcfFormatException(
          source,
          lineNumber,
          "REF",
          VcfProblem.MALFORMED_REF,
          "'"
              + text(line, start, end)
              + "' is not a reference allele (only A, C, G, T, N are allowed)");
    }
    return upperBases(line, start, end);
  }

  static List<String> alts(
      String source, byte[] line, int start, int end, String ref, long lineNumber) {
    if (end - start == 1 && line[start] == '.') {
      return List.of();
    }
    List<String> alts = new ArrayList<>(2);
    int from = start;
    while (true) {
      int comma = from;
      while (comma < end && line[comma] != ',') {
        comma++;
      }
      alts.add(alt(source, line, from, comma, ref, alts.size() + 1, lineNumber));
      if (comma == end) {
        return List.copyOf(alts);
      }
      from = comma + 1;
    }
  }

  private static String alt(
      String source, byte[] line, int start, int end, String ref, int index, long lineNumber) {
    if (isBases(line, start, end)) {
      String alt = upperBases(line, start, end);
      if (alt.equals(ref)) {
        throw new VcfFormatException(
            source,
            lineNumber,
            "ALT",
            VcfProblem.MALFORMED_ALT,
            "ALT allele " + index + " '" + alt + "' is the same as REF");
      }
      return alt;
    }
    String alt = text(line, start, end);
    boolean valid;
    if (end - start == 1 && line[start] == '*') {
      valid = true;
    } else if (line[start] == '<') {
      valid =
          end - start > 2
              && line[end - 1] == '>'
              && alt.indexOf('<', 1) < 0
              && alt.indexOf('>') == alt.length() - 1;
    } else {
      valid = isBreakend(alt);
    }
    if (!valid) {
      throw new VcfFormatException(
          source,
          lineNumber,
          "ALT",
          VcfProblem.MALFORMED_ALT,
          "ALT allele "
              + index
              + " '"
              + alt
              + "' is neither bases, '*', a <SYMBOLIC> allele nor a breakend");
    }
    return alt;
  }

  private static boolean isBreakend(String alt) {
    int brackets = 0;
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (c == '[' || c == ']') {
        brackets++;
      } else if (c <= ' ' || c == ',' || c == '<' || c == '>') {
        return false;
      }
    }
    boolean bracketed = brackets == 2 && alt.indexOf(':') > 0;
    boolean single =
        alt.length() > 1 && (alt.startsWith(".") || alt.endsWith(".")) && brackets == 0;
    return bracketed || single;
  }

  static boolean isBases(byte[] line, int start, int end) {
    for (int i = start; i < end; i++) {
      switch (line[i]) {
        case 'A', 'C', 'G', 'T', 'N', 'a', 'c', 'g', 't', 'n' -> {}
        default -> {
          return false;
        }
      }
    }
    return end > start;
  }

  static String upperBases(byte[] line, int start, int end) {
    for (int i = start; i < end; i++) {
      if (line[i] >= 'a') {
        return new String(line, start, end - start, StandardCharsets.ISO_8859_1)
            .toUpperCase(Locale.ROOT);
      }
    }
    return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
  }

  static String text(byte[] line, int start, int end) {
    String text = new String(line, start, Math.min(end - start, 60), StandardCharsets.UTF_8);
    return end - start > 60 ? text + "..." : text;
  }
}
