package org.gms.server.insights.internal;

/** The published CSV files and their cells. */
final class PublicCsv {

  private PublicCsv() {}

  /** A year's requests by month and value of a dimension. */
  static String requests(
      int year, org.gms.server.insights.Dimension by, org.gms.server.insights.PublishedYear y) {
    StringBuilder out = new StringBuilder();
    out.append("# Requests for genomic tests by month, ")
        .append(year)
        .append(", by ")
        .append(by.name().toLowerCase(java.util.Locale.ROOT))
        .append(". [c] = suppressed (a count of 1 to 4, or a cell from which one could be worked")
        .append(" out).")
        .append(y.generatedIncluded() ? " INCLUDES GENERATED (NOT REAL) ACTIVITY." : "")
        .append('\n');
    out.append("month");
    for (String v : y.values()) {
      out.append(',').append(quote(v));
    }
    out.append(",total\n");
    for (int m = 0; m < YearTables.MONTHS; m++) {
      out.append(String.format("%d-%02d", year, m + 1));
      for (Long c : y.months().get(m)) {
        out.append(',').append(cell(c));
      }
      out.append(',').append(cell(y.monthTotals().get(m))).append('\n');
    }
    out.append("year");
    for (Long c : y.yearTotals()) {
      out.append(',').append(cell(c));
    }
    out.append(',').append(cell(y.total())).append('\n');
    return out.toString();
  }

  /** A row of a table: its label, quoted, then its counts ({@link #cell}). */
  static void row(StringBuilder out, String label, Long... counts) {
    out.append(quote(label));
    for (Long c : counts) {
      out.append(',').append(cell(c));
    }
    out.append('\n');
  }

  /** A count, or {@code [c]} where it is suppressed. */
  static String cell(Long c) {
    return c == null ? "[c]" : Long.toString(c);
  }

  /** A text field, quoted. */
  static String quote(String v) {
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
