package org.gms.genomics.annotation;

/**
 * Codon to amino acid (one-letter, {@code *} for stop, {@code X} for codons with N), for the
 * standard code and the vertebrate mitochondrial code (NCBI translation tables 1 and 2).
 */
enum GeneticCode {
  STANDARD("FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"),
  VERTEBRATE_MITOCHONDRIAL("FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIMMTTTTNNKKSS**VVVVAAAADDEEGGGG");

  /** Amino acids of codons in TCAG order (first base slowest), as NCBI lists the tables. */
  private final String table;

  GeneticCode(String table) {
    this.table = table;
  }

  static GeneticCode forContig(String canonicalContig) {
    return canonicalContig.equals("MT") ? VERTEBRATE_MITOCHONDRIAL : STANDARD;
  }

  char translate(char first, char second, char third) {
    int a = index(first);
    int b = index(second);
    int c = index(third);
    if (a < 0 || b < 0 || c < 0) {
      return 'X';
    }
    return table.charAt(a * 16 + b * 4 + c);
  }

  boolean isStop(char first, char second, char third) {
    return translate(first, second, third) == '*';
  }

  /**
   * Translates whole codons from {@code from} until and including the first stop codon, or to the
   * end of the sequence.
   *
   * @param initiator whether the first codon is the real start codon, read as Met whatever it is
   */
  String translate(CharSequence bases, int from, boolean initiator) {
    StringBuilder protein = new StringBuilder((bases.length() - from) / 3 + 1);
    for (int i = from; i + 2 < bases.length(); i += 3) {
      char aa = translate(bases.charAt(i), bases.charAt(i + 1), bases.charAt(i + 2));
      if (i == from && initiator && aa != '*') {
        aa = 'M';
      }
      protein.append(aa);
      if (aa == '*') {
        break;
      }
    }
    return protein.toString();
  }

  private static int index(char base) {
    return switch (base) {
      case 'T' -> 0;
      case 'C' -> 1;
      case 'A' -> 2;
      case 'G' -> 3;
      default -> -1;
    };
  }
}
