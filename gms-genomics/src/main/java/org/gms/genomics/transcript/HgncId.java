package org.gms.genomics.transcript;

import java.util.regex.Pattern;

/**
 * An HGNC gene identifier, {@code HGNC:1100}: the stable id of an approved human gene symbol.
 *
 * @param value the identifier with its {@code HGNC:} prefix
 */
public record HgncId(String value) {

  private static final Pattern FORMAT = Pattern.compile("HGNC:[0-9]+");

  public HgncId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("HGNC ids look like 'HGNC:1100'; got '" + value + "'");
    }
  }

  /** Accepts {@code HGNC:1100}, the NCBI Dbxref form {@code HGNC:HGNC:1100} and a bare number. */
  public static HgncId parse(String text) {
    String s = text.strip();
    if (s.startsWith("HGNC:HGNC:")) {
      s = s.substring(5);
    }
    return new HgncId(s.startsWith("HGNC:") ? s : "HGNC:" + s);
  }

  @Override
  public String toString() {
    return value;
  }
}
