package org.gms.server.insights.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * England's population by sex and age band (the bands of {@link AgeBands}), the denominators of the
 * rates by age band and by sex. Read from a configured file ({@link AgeSexPopulationFile}); never
 * bundled, because no official population by age and sex is shipped with the service.
 *
 * @param source where the figures were read from (named in messages and notes)
 * @param people per sex ({@code female}, {@code male}, as the sex dimension's values) and age band
 */
record AgeSexPopulation(String source, Map<String, Map<String, Long>> people) {

  static final List<String> SEXES = List.of("female", "male");

  AgeSexPopulation {
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    for (String sex : SEXES) {
      Map<String, Long> bands = people.get(sex);
      for (String band : AgeBands.BANDS) {
        Long n = bands == null ? null : bands.get(band);
        if (n == null || n <= 0) {
          throw new IllegalArgumentException(
              source
                  + " gives no population above 0 for "
                  + sex
                  + " aged "
                  + band
                  + ": every sex (female, male) needs every age band ("
                  + String.join(", ", AgeBands.BANDS)
                  + ").");
        }
      }
      copy.put(sex, Collections.unmodifiableMap(new LinkedHashMap<>(bands)));
    }
    people = Collections.unmodifiableMap(copy);
  }

  /** The people of an age band (both sexes), or null for a value that is not a band. */
  Long band(String band) {
    if (!AgeBands.BANDS.contains(band)) {
      return null;
    }
    return people.get("female").get(band) + people.get("male").get(band);
  }

  /** The people of a sex (all ages), or null for a sex without a population (other, unknown). */
  Long sex(String sex) {
    Map<String, Long> bands = people.get(sex);
    return bands == null ? null : bands.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Everyone in the file (England). */
  long total() {
    return sex("female") + sex("male");
  }
}
