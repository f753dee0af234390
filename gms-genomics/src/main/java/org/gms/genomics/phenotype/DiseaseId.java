package org.gms.genomics.phenotype;

import java.util.regex.Pattern;

/**
 * A disease identifier in CURIE form, as the HPO annotations use it: {@code OMIM:101600}, {@code
 * ORPHA:710}, {@code DECIPHER:1}.
 *
 * @param value prefix, colon, local id
 */
public record DiseaseId(String value) {

  private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*:\\S+");

  public DiseaseId {
    if (value == null || !CURIE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a disease id: expected PREFIX:id, for example OMIM:101600");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
