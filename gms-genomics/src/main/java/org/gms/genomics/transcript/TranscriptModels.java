package org.gms.genomics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads transcript models from GTF or GFF3 files (plain or gzip). The format is taken from the file
 * name ({@code .gtf}, {@code .gff}, {@code .gff3}, optionally {@code .gz}), else from the first
 * feature line's attribute syntax.
 */
public final class TranscriptModels {

  private TranscriptModels() {}

  /** Every transcript with at least one exon, in the order the file first mentions them. */
  public static List<Transcript> read(Path file) {
    return isGtf(file) ? GtfParser.read(file) : Gff3Parser.read(file);
  }

  private static boolean isGtf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".gtf")) {
      return true;
    }
    if (name.endsWith(".gff3") || name.endsWith(".gff")) {
      return false;
    }
    try (BufferedReader in = CompressedText.open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          String[] columns = line.split("\t");
          if (columns.length < 9) {
            throw new TranscriptFileException(
                file
                    + ": not a GTF or GFF3 file (first feature line has "
                    + columns.length
                    + " tab-separated columns, expected 9)");
          }
          return columns[8].contains(" \"");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    throw new TranscriptFileException(file + ": no feature lines (is this a GTF or GFF3 file?)");
  }
}
