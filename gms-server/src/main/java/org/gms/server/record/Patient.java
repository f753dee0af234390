package org.gms.server.record;

import java.time.LocalDate;
import org.gms.server.GmsException;

/**
 * A patient.
 *
 * @param nhsNumber their identity in the service
 * @param name their name as it is to be shown
 * @param dateOfBirth their date of birth
 * @param sex their administrative sex
 */
public record Patient(NhsNumber nhsNumber, String name, LocalDate dateOfBirth, Sex sex) {

  private static final int MAX_NAME = 200;

  public Patient {
    if (nhsNumber == null) {
      throw new GmsException("A patient needs an NHS number.");
    }
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new GmsException("A patient needs a name of 1 to " + MAX_NAME + " characters.");
    }
    if (dateOfBirth == null || dateOfBirth.isAfter(LocalDate.now())) {
      throw new GmsException(
          "A patient needs a date of birth (yyyy-mm-dd) that is not in the future.");
    }
    if (sex == null) {
      throw new GmsException("A patient needs a sex: female, male, other or unknown.");
    }
    name = name.strip();
  }
}
