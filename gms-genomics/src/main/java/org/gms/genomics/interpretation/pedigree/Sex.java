package org.gms.genomics.interpretation.pedigree;

/** Sex as recorded in a pedigree (PED column 5). */
public enum Sex {
  MALE,
  FEMALE,
  UNKNOWN;

  /** PED code: 1 male, 2 female, 0 unknown; null for anything else. */
  static Sex fromPedCode(String code) {
    return switch (code) {
      case "1" -> MALE;
      case "2" -> FEMALE;
      case "0" -> UNKNOWN;
      default -> null;
    };
  }
}
