package org.gms.genomics.transcript;

import java.nio.file.Path;

/**
 * The eight fixed columns of a GTF or GFF3 line, checked; the ninth (attributes) is kept as text
 * for the format-specific parser.
 */
record FeatureLine(
    String seqid, String type, long start, long end, Strand strand, int phase, String attributes) {

  /** Splits and checks one data line; throws with file, line and column on malformed input. */
  static FeatureLine parse(Path file, long lineNumber, String line) {
    String[] columns = new String[9];
    int from = 0;
    for (int i = 0; i < 8; i++) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        throw TranscriptFileException.at(
            file, lineNumber, "columns", "expected 9 tab-separated columns, found " + (i + 1));
      }
      columns[i] = line.substring(from, tab);
      from = tab + 1;
    }
    columns[8] = line.substring(from);
    long start = position(file, lineNumber, "start (column 4)", columns[3]);
    long end = position(file, lineNumber, "end (column 5)", columns[4]);
    if (end < start) {
      throw TranscriptFileException.at(
          file, lineNumber, "end (column 5)", "end " + end + " is before start " + start);
    }
    Strand strand;
    try {
      strand = columns[6].equals(".") ? null : Strand.parse(columns[6]);
    } catch (IllegalArgumentException e) {
      throw TranscriptFileException.at(file, lineNumber, "strand (column 7)", e.getMessage());
    }
    int phase = -1;
    if (!columns[7].equals(".")) {
      if (columns[7].length() != 1 || columns[7].charAt(0) < '0' || columns[7].charAt(0) > '2') {
        throw TranscriptFileException.at(
            file,
            lineNumber,
            "phase (column 8)",
            "must be 0, 1, 2 or '.'; got '" + columns[7] + "'");
      }
      phase = columns[7].charAt(0) - '0';
    }
    return new FeatureLine(columns[0], columns[2], start, end, strand, phase, columns[8]);
  }

  Strand requireStrand(Path file, long lineNumber) {
    if (strand == null) {
      throw TranscriptFileException.at(
          file, lineNumber, "strand (column 7)", "a " + type + " feature needs strand '+' or '-'");
    }
    return strand;
  }

  private static long position(Path file, long lineNumber, String field, String text) {
    try {
      long value = Long.parseLong(text);
      if (value < 1) {
        throw TranscriptFileException.at(
            file, lineNumber, field, "positions are 1-based; got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw TranscriptFileException.at(
          file, lineNumber, field, "not a whole number: '" + text + "'");
    }
  }
}
