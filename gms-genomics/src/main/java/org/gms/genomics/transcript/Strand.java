package org.gms.genomics.transcript;

/** The contig strand a transcript is read from. */
public enum Strand {
  PLUS,
  MINUS;

  /**
   * Parses the GTF/GFF3 strand column ({@code +} or {@code -}) and the {@code 1}/{@code -1} form.
   */
  public static Strand parse(String text) {
    return switch (text.strip()) {
      case "+", "1", "+1" -> PLUS;
      case "-", "-1" -> MINUS;
      default ->
          throw new IllegalArgumentException(
              "Strand must be '+' or '-' (or 1/-1); got '" + text + "'");
    };
  }

  public String symbol() {
    return this == PLUS ? "+" : "-";
  }
}
