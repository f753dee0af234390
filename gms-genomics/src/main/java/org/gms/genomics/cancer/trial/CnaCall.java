package org.gms.genomics.cancer.trial;

import java.util.Locale;
import java.util.Optional;

/** A copy-number call, with the spellings CTML files use for each. */
public enum CnaCall {
  AMPLIFICATION,
  GAIN,
  HETEROZYGOUS_DELETION,
  HOMOZYGOUS_DELETION;

  /**
   * The call a CTML {@code cnv_call} value names ({@code High level amplification}, {@code High
   * Amplication}, {@code Low Amplification}, {@code Heterozygous deletion} ...), or empty.
   */
  public static Optional<CnaCall> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (t.contains("homozygous") || t.equals("deep deletion") || t.equals("-2")) {
      return Optional.of(HOMOZYGOUS_DELETION);
    }
    if (t.contains("heterozygous")
        || t.equals("shallow deletion")
        || t.equals("loss")
        || t.equals("-1")) {
      return Optional.of(HETEROZYGOUS_DELETION);
    }
    if (t.contains("low") || t.equals("gain") || t.equals("1")) {
      return Optional.of(GAIN);
    }
    if (t.contains("ampli") || t.equals("2")) {
      return Optional.of(AMPLIFICATION);
    }
    return Optional.empty();
  }

  /** As CTML writes it. */
  public String label() {
    return switch (this) {
      case AMPLIFICATION -> "High level amplification";
      case GAIN -> "Gain";
      case HETEROZYGOUS_DELETION -> "Heterozygous deletion";
      case HOMOZYGOUS_DELETION -> "Homozygous deletion";
    };
  }
}
