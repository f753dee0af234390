package org.gms.server.record;

import com.fasterxml.jackson.annotation.JsonValue;
import org.gms.server.GmsException;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit over the first nine (weights 10
 * down to 2; a check of 11 is written 0, one of 10 makes the number invalid). Spaces and hyphens as
 * people write it ({@code 943 476 5919}) are accepted and dropped.
 *
 * @param value the ten digits
 */
public record NhsNumber(@JsonValue String value) {

  private static final int LENGTH = 10;

  public NhsNumber {
    if (value == null) {
      throw new GmsException("An NHS number is required: ten digits, e.g. 943 476 5919.");
    }
    String digits = value.replace(" ", "").replace("-", "");
    if (!digits.matches("[0-9]{" + LENGTH + "}")) {
      throw new GmsException(
          "'" + value + "' is not an NHS number: it must be ten digits, e.g. 943 476 5919.");
    }
    int expected = checkDigit(digits);
    if (expected != digits.charAt(LENGTH - 1) - '0') {
      throw new GmsException(
          "'"
              + value
              + "' is not a valid NHS number: its check digit does not match"
              + (expected == 10 ? " (no NHS number starts with these nine digits)" : "")
              + ". Check it for a mistyped digit.");
    }
    value = digits;
  }

  /**
   * The first valid NHS number whose first nine digits are {@code nineDigits} or the next ones up
   * (a tenth of nine-digit starts have no valid check digit): for made-up patients in tests,
   * demonstrations and benchmarks, in the 999 range that is never issued to real patients.
   */
  public static NhsNumber firstValidFrom(long nineDigits) {
    for (long start = nineDigits; ; start++) {
      String nine = String.format("%09d", start);
      int check = checkDigit(nine + "0");
      if (check != 10) {
        return new NhsNumber(nine + check);
      }
    }
  }

  /** The modulus 11 check digit of the first nine digits; 10 means none is valid. */
  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (digits.charAt(i) - '0') * (LENGTH - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /** The usual written form, {@code 943 476 5919}. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
