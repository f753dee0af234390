package org.gms.genomics.transcript;

/**
 * A sequence database accession with its optional version, as in {@code ENST00000357654.9} or
 * {@code NM_007294.4}. Version {@link #NO_VERSION} means the source gave none; such an accession
 * only matches others by its base.
 *
 * @param base the accession without version, for example {@code ENST00000357654}
 * @param version the version number, or {@link #NO_VERSION}
 */
public record Accession(String base, int version) {

  public static final int NO_VERSION = 0;

  public Accession {
    if (base == null || base.isBlank() || base.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("An accession needs a non-blank base without spaces");
    }
    if (version < NO_VERSION) {
      throw new IllegalArgumentException("Accession version must be positive; got " + version);
    }
  }

  /**
   * Splits {@code ENST00000357654.9} into base and version; a name without numeric suffix has none.
   */
  public static Accession parse(String text) {
    String s = text.strip();
    int dot = s.lastIndexOf('.');
    if (dot > 0 && dot < s.length() - 1 && isDigits(s, dot + 1)) {
      return new Accession(s.substring(0, dot), Integer.parseInt(s.substring(dot + 1)));
    }
    return new Accession(s, NO_VERSION);
  }

  /** The accession with the given version unless this one already carries a version. */
  public Accession withVersionIfMissing(int newVersion) {
    return hasVersion() || newVersion <= NO_VERSION ? this : new Accession(base, newVersion);
  }

  public boolean hasVersion() {
    return version != NO_VERSION;
  }

  /** Whether both name the same sequence: same base, and the same version where both have one. */
  public boolean matches(Accession other) {
    return base.equals(other.base)
        && (!hasVersion() || !other.hasVersion() || version == other.version);
  }

  @Override
  public String toString() {
    return hasVersion() ? base + "." + version : base;
  }

  private static boolean isDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return s.length() - from <= 6;
  }
}
