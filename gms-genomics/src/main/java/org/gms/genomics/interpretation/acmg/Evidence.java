package org.gms.genomics.interpretation.acmg;

/**
 * One criterion applied to a variant, at a strength (its default, or modified as ClinGen and ACGS
 * allow, e.g. {@code PM2_Supporting}), with the reason in words.
 */
public record Evidence(EvidenceCode code, Strength strength, String reason) {

  public Evidence {
    if (code == null || strength == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Evidence needs a code, a strength and a reason");
    }
    if ((strength == Strength.STAND_ALONE) != (code == EvidenceCode.BA1)) {
      throw new IllegalArgumentException(
          "Only BA1 is stand-alone, and BA1 is only stand-alone; got " + code + " " + strength);
    }
  }

  /** The code at its default strength. */
  public static Evidence of(EvidenceCode code, String reason) {
    return new Evidence(code, code.defaultStrength(), reason);
  }

  public Direction direction() {
    return code.direction();
  }

  /** Points on the Tavtigian scale, negative for benign evidence (0 for BA1). */
  public int points() {
    return direction() == Direction.PATHOGENIC ? strength.points() : -strength.points();
  }

  /** The code as curators write it: {@code PM2_Supporting} for a modified strength. */
  public String label() {
    return strength == code.defaultStrength() ? code.name() : code.name() + "_" + strength.label();
  }

  @Override
  public String toString() {
    return label() + " (" + reason + ")";
  }
}
