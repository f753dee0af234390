package org.gms.genomics.annotation;

/** HGVS three-letter amino acid codes. */
final class AminoAcids {

  private AminoAcids() {}

  static String threeLetter(char aa) {
    return switch (aa) {
      case 'A' -> "Ala";
      case 'R' -> "Arg";
      case 'N' -> "Asn";
      case 'D' -> "Asp";
      case 'C' -> "Cys";
      case 'Q' -> "Gln";
      case 'E' -> "Glu";
      case 'G' -> "Gly";
      case 'H' -> "His";
      case 'I' -> "Ile";
      case 'L' -> "Leu";
      case 'K' -> "Lys";
      case 'M' -> "Met";
      case 'F' -> "Phe";
      case 'P' -> "Pro";
      case 'S' -> "Ser";
      case 'T' -> "Thr";
      case 'W' -> "Trp";
      case 'Y' -> "Tyr";
      case 'V' -> "Val";
      case 'U' -> "Sec";
      case '*' -> "Ter";
      default -> "Xaa";
    };
  }

  static String threeLetter(CharSequence peptide) {
    StringBuilder out = new StringBuilder(peptide.length() * 3);
    for (int i = 0; i < peptide.length(); i++) {
      out.append(threeLetter(peptide.charAt(i)));
    }
    return out.toString();
  }
}
