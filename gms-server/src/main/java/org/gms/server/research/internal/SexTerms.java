package org.gms.server.research.internal;

import java.util.List;

/**
 * The NCIT terms Beacon uses for sex, as filters and in individual records, mapped from the
 * record's sex; one place so filtering and answering use the same terms.
 */
final class SexTerms {

  static final String FEMALE = "NCIT:C16576";
  static final String MALE = "NCIT:C20197";
  static final String UNKNOWN = "NCIT:C17998";
  static final String OTHER = "NCIT:C45908";

  /** Every term, in the order filtering_terms lists them. */
  static final List<String> ALL = List.of(FEMALE, MALE, UNKNOWN, OTHER);

  private SexTerms() {}

  /** The term of a record's sex (FEMALE, MALE, OTHER; anything else is unknown). */
  static String of(String sex) {
    return switch (sex) {
      case "FEMALE" -> FEMALE;
      case "MALE" -> MALE;
      case "OTHER" -> OTHER;
      default -> UNKNOWN;
    };
  }

  static String label(String term) {
    return switch (term) {
      case FEMALE -> "female";
      case MALE -> "male";
      case OTHER -> "other";
      default -> "unknown";
    };
  }
}
