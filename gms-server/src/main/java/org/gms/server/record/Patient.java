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
 * @param ethnicCategory their ethnic category (NHS Data Dictionary code); null when not recorded
 * @param imdDecile the deprivation decile of where they live (English Indices of Deprivation 2019:
 *     1 the most deprived tenth of areas, 10 the least); null when not recorded
 */
public record Patient(
    NhsNumber nhsNumber,
    String name,
    LocalDate dateOfBirth,
    Sex sex,
    EthnicCategory ethnicCategory,
    Integer imdDecile) {

  private static final int MAX_NAME = 200;

  /** A patient without the optional equity fields (ethnic category, deprivation decile). */
  public Patient(NhsNumber nhsNumber, String name, LocalDate dateOfBirth, Sex sex) {
    this(nhsNumber, name, dateOfBirth, sex, null, null);
  }

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
    checkImdDecile(imdDecile);
    name = name.strip();
  }

  /** Refuses a deprivation decile outside 1 to 10 (null, not recorded, is allowed). */
  public static void checkImdDecile(Integer imdDecile) {
    if (imdDecile != null && (imdDecile < 1 || imdDecile > 10)) {
      throw GmsException.atField(
          "imdDecile",
          "imdDecile "
              + imdDecile
              + " is not a deprivation decile: use 1 (most deprived tenth of areas) to 10 (least"
              + " deprived), from the English Indices of Deprivation 2019, or leave it out.");
    }
  }

  /** The same patient with these equity fields (null: not recorded). */
  public Patient withEquity(EthnicCategory ethnicCategory, Integer imdDecile) {
    return new Patient(nhsNumber, name, dateOfBirth, sex, ethnicCategory, imdDecile);
  }
}
