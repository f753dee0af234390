package org.gms.server.record;

import java.util.Locale;
import org.gms.server.GmsException;

/** The patient's administrative sex, as FHIR's AdministrativeGender codes it. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN;

  /** Reads {@code female}, {@code MALE}, ...; anything else is a user error. */
  public static Sex parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new GmsException("Sex '" + text + "' is unknown: use female, male, other or unknown.");
    }
  }

  /** The FHIR AdministrativeGender code. */
  public String fhirCode() {
    return name().toLowerCase(Locale.ROOT);
  }
}
