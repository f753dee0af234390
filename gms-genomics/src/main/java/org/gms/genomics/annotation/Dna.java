package org.gms.genomics.annotation;

/** Base complements for reading minus-strand transcripts. */
final class Dna {

  private Dna() {}

  static char complement(char base) {
    return switch (base) {
      case 'A' -> 'T';
      case 'C' -> 'G';
      case 'G' -> 'C';
      case 'T' -> 'A';
      default -> 'N';
    };
  }

  static String reverseComplement(String bases) {
    char[] out = new char[bases.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = complement(bases.charAt(bases.length() - 1 - i));
    }
    return new String(out);
  }
}
