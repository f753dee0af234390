package org.gms.genomics.reference;

import java.util.Optional;

/**
 * A region written the samtools way, {@code contig:start-end}, 1-based and inclusive (commas in
 * numbers allowed), as used to name FASTA pieces of a contig.
 */
record SamtoolsRegion(String contig, long start, long end) {

  SamtoolsRegion {
    if (contig.isEmpty() || start < 1 || end < start) {
      throw new IllegalArgumentException("Not a region: " + contig + ":" + start + "-" + end);
    }
  }

  long length() {
    return end - start + 1;
  }

  static Optional<SamtoolsRegion> parse(String name) {
    int colon = name.lastIndexOf(':');
    int dash = name.lastIndexOf('-');
    if (colon <= 0 || dash < colon + 2 || dash == name.length() - 1) {
      return Optional.empty();
    }
    long start = number(name.substring(colon + 1, dash));
    long end = number(name.substring(dash + 1));
    if (start < 1 || end < start) {
      return Optional.empty();
    }
    return Optional.of(new SamtoolsRegion(name.substring(0, colon), start, end));
  }

  private static long number(String text) {
    String digits = text.replace(",", "");
    if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}
