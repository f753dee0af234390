package org.gms.server.insights.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Age at request in bands: children, young adults, adults, older adults. */
final class AgeBands {

  static final List<String> BANDS = List.of("0-4", "5-17", "18-39", "40-64", "65+");

  private AgeBands() {}

  static String of(LocalDate born, LocalDate on) {
    return ofAge(Period.between(born, on).getYears());
  }

  /** The band of an age in whole years. */
  static String ofAge(int age) {
    if (age < 5) {
      return BANDS.get(0);
    }
    if (age < 18) {
      return BANDS.get(1);
    }
    if (age < 40) {
      return BANDS.get(2);
    }
    return age < 65 ? BANDS.get(3) : BANDS.get(4);
  }
}
