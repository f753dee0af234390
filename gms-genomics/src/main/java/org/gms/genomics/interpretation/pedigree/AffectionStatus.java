package org.gms.genomics.interpretation.pedigree;

/** Affection status as recorded in a pedigree (PED column 6). */
public enum AffectionStatus {
  AFFECTED,
  UNAFFECTED,
  UNKNOWN;

  /** PED code: 2 affected, 1 unaffected, 0 or -9 unknown; null for anything else. */
  static AffectionStatus fromPedCode(String code) {
    return switch (code) {
      case "2" -> AFFECTED;
      case "1" -> UNAFFECTED;
      case "0", "-9" -> UNKNOWN;
      default -> null;
    };
  }
}
