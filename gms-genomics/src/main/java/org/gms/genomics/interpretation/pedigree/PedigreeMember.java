package org.gms.genomics.interpretation.pedigree;

import java.util.Optional;

/**
 * One individual of a pedigree. Individual ids are the VCF sample names.
 *
 * @param familyId the family (PED column 1)
 * @param id the individual (PED column 2)
 * @param fatherId the father's id, or null for a founder's unknown father (PED {@code 0})
 * @param motherId the mother's id, or null when unknown
 */
public record PedigreeMember(
    String familyId, String id, String fatherId, String motherId, Sex sex, AffectionStatus status) {

  public PedigreeMember {
    requireName(familyId, "family id");
    requireName(id, "individual id");
    if (fatherId != null) {
      requireName(fatherId, "father id");
    }
    if (motherId != null) {
      requireName(motherId, "mother id");
    }
    if (sex == null || status == null) {
      throw new IllegalArgumentException("Individual " + id + " needs a sex and a status");
    }
  }

  public static PedigreeMember founder(
      String familyId, String id, Sex sex, AffectionStatus status) {
    return new PedigreeMember(familyId, id, null, null, sex, status);
  }

  public Optional<String> father() {
    return Optional.ofNullable(fatherId);
  }

  public Optional<String> mother() {
    return Optional.ofNullable(motherId);
  }

  public boolean isAffected() {
    return status == AffectionStatus.AFFECTED;
  }

  public boolean isUnaffected() {
    return status == AffectionStatus.UNAFFECTED;
  }

  public boolean isFounder() {
    return fatherId == null && motherId == null;
  }

  private static void requireName(String value, String what) {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "A pedigree " + what + " must be a non-empty name without spaces; got '" + value + "'");
    }
  }
}
