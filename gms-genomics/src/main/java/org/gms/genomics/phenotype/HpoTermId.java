package org.gms.genomics.phenotype;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Human Phenotype Ontology term identifier: {@code HP:} followed by seven digits, for example
 * {@code HP:0001156} (Brachydactyly). Only the number is stored; the text form is rebuilt on
 * demand.
 *
 * @param number the numeric part (0 to 9,999,999)
 */
public record HpoTermId(int number) implements Comparable<HpoTermId> {

  private static final Pattern FORMAT = Pattern.compile("HP:(\\d{7})");

  public HpoTermId {
    if (number < 0 || number > 9_999_999) {
      throw new IllegalArgumentException("An HPO term number has seven digits; got " + number);
    }
  }

  /**
   * Parses {@code HP:nnnnnnn}; surrounding white space is ignored.
   *
   * @throws IllegalArgumentException if the text is not an HPO term id
   */
  public static HpoTermId parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not an HPO term id: expected HP: followed by seven digits, for example"
              + " HP:0001156");
    }
    return new HpoTermId(Integer.parseInt(matcher.group(1)));
  }

  @Override
  public int compareTo(HpoTermId other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return String.format("HP:%07d", number);
  }
}
