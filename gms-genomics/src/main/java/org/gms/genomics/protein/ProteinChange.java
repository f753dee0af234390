package org.gms.genomics.protein;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single-residue protein change from HGVS p. notation: {@code p.Arg175His}, {@code
 * p.(Arg175His)}, {@code NP_000537.3:p.Arg175His}, {@code p.R175H}, {@code p.Arg175=} (synonymous),
 * {@code p.Arg175Ter} / {@code p.R175*} (nonsense). Amino acids are kept as three-letter codes.
 *
 * @param reference the original amino acid, e.g. {@code Arg}
 * @param position 1-based residue number
 * @param alternate the new amino acid, {@code Ter} for a stop, equal to {@code reference} when
 *     synonymous
 */
public record ProteinChange(String reference, int position, String alternate) {

  private static final Pattern THREE =
      Pattern.compile("p\\.\\(?([A-Z][a-z]{2})(\\d+)([A-Z][a-z]{2}|=|\\*)\\)?");
  private static final Pattern ONE = Pattern.compile("p\\.\\(?([A-Z*])(\\d+)([A-Z*=])\\)?");

  public ProteinChange {
    if (reference == null || alternate == null || position < 1) {
      throw new IllegalArgumentException("A protein change needs residues and a position >= 1");
    }
  }

  /**
   * Parses the p. part of an HGVS description (anything before {@code p.} is ignored); empty for
   * changes that are not single-residue substitutions (frameshifts, indels, extensions).
   */
  public static Optional<ProteinChange> parse(String hgvsp) {
    if (hgvsp == null) {
      return Optional.empty();
    }
    int start = hgvsp.indexOf("p.");
    if (start < 0) {
      return Optional.empty();
    }
    String text = hgvsp.substring(start).strip();
    Matcher three = THREE.matcher(text);
    if (three.matches()) {
      String ref = three.group(1);
      String alt = three.group(3);
      return Optional.of(
          new ProteinChange(ref, Integer.parseInt(three.group(2)), normalise(ref, alt)));
    }
    Matcher one = ONE.matcher(text);
    if (one.matches()) {
      String ref = threeLetter(one.group(1).charAt(0));
      String alt = one.group(3).equals("=") ? ref : threeLetter(one.group(3).charAt(0));
      if (ref != null && alt != null) {
        return Optional.of(new ProteinChange(ref, Integer.parseInt(one.group(2)), alt));
      }
    }
    return Optional.empty();
  }

  public boolean isMissense() {
    return !reference.equals(alternate) && !alternate.equals("Ter") && !reference.equals("Ter");
  }

  public boolean sameResidue(ProteinChange other) {
    return position == other.position && reference.equals(other.reference);
  }

  @Override
  public String toString() {
    return "p." + reference + position + (reference.equals(alternate) ? "=" : alternate);
  }

  /** The three-letter code of a one-letter one; {@code X} is a stop, as in {@code p.R175X}. */
  private static String threeLetter(char one) {
    return one == 'X'
        ? AminoAcid.TER.threeLetter()
        : AminoAcid.ofOneLetter(one).map(AminoAcid::threeLetter).orElse(null);
  }

  private static String normalise(String ref, String alt) {
    if (alt.equals("=")) {
      return ref;
    }
    return alt.equals("*")
        ? "Ter"
        : alt.substring(0, 1).toUpperCase(Locale.ROOT) + alt.substring(1);
  }
}
