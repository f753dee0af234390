package org.gms.genomics.cancer.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;

/**
 * A tab-separated file with a header line (after any {@code #} comment lines), gzip or plain, read
 * row by row; every error names the file, line and column.
 */
public final class TabularFile {

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();

  private TabularFile(String source, List<String> header) {
    this.source = source;
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
  }

  /** One data row. */
  public final class Row {
    private final String[] cells;
    private final long line;

    Row(String[] cells, long line) {
      this.cells = cells;
      this.line = line;
    }

    public long line() {
      return line;
    }

    /** The cell of a column (case-insensitive name), or an empty string if absent or blank. */
    public String get(String column) {
      Integer i = index.get(column.toLowerCase(Locale.ROOT));
      if (i == null || i >= cells.length) {
        return "";
      }
      String v = cells[i].trim();
      return v.equals("NA") || v.equals(".") || v.equals("__UNKNOWN__") ? "" : v;
    }

    /** The cell of the first column of these names that the file has. */
    public String first(String... columns) {
      for (String c : columns) {
        if (has(c)) {
          return get(c);
        }
      }
      return "";
    }

    /** A required cell: an error naming file, line and column when blank. */
    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error(column, "is empty; every row needs it");
      }
      return v;
    }

    /** A whole number, or {@code missing} when blank. */
    public long number(String column, long missing) {
      String v = get(column);
      if (v.isEmpty()) {
        return missing;
      }
      try {
        return Math.round(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw error(column, "'" + v + "' is not a number");
      }
    }

    /** A decimal, or NaN when blank. */
    public double decimal(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw error(column, "'" + v + "' is not a number");
      }
    }

    public boolean has(String column) {
      return TabularFile.this.has(column);
    }

    public String source() {
      return TabularFile.this.source + ":" + line;
    }

    public GenomicsException error(String column, String reason) {
      return new GenomicsException(
          TabularFile.this.source + ", line " + line + ", column " + column + ": " + reason);
    }
  }

  public String source() {
    return source;
  }

  public List<String> header() {
    return header;
  }

  public boolean has(String column) {
    return index.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /** Fails naming the file and the missing columns when any of these is absent. */
  public void require(String what, String... columns) {
    List<String> missing = new ArrayList<>();
    for (String c : columns) {
      if (!has(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new GenomicsException(
          source
              + ": not a "
              + what
              + ": the header lacks the required column(s) "
              + String.join(", ", missing)
              + "; it has "
              + header);
    }
  }

  /** Reads a file: its header, then each row to {@code rows}. */
  public static TabularFile read(Path path, Consumer<TabularFile> onHeader, RowHandler rows) {
    try (InputStream in = open(path)) {
      return read(in, path.getFileName().toString(), onHeader, rows);
    } catch (NoSuchFileException e) {
      throw new GenomicsException("File not found: " + path);
    } catch (IOException e) {
      throw new GenomicsException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Handles one row. */
  public interface RowHandler {
    void row(TabularFile file, Row row);
  }

  /** Reads from a stream (closed by the caller). */
  public static TabularFile read(
      InputStream in, String source, Consumer<TabularFile> onHeader, RowHandler rows)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long number = 0;
    TabularFile file = null;
    while ((line = reader.readLine()) != null) {
      number++;
      if (file == null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] names = line.split("\t", -1);
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
          names[0] = names[0].substring(1);
        }
        file = new TabularFile(source, List.of(names));
        onHeader.accept(file);
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      rows.row(file, file.new Row(line.split("\t", -1), number));
    }
    if (file == null) {
      throw new GenomicsException(source + ": empty file (no header line)");
    }
    return file;
  }

  /** Plain or gzip, told apart by the first bytes. */
  public static InputStream open(Path path) throws IOException {
    InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
    raw.mark(2);
    int a = raw.read();
    int b = raw.read();
    raw.reset();
    if (a == 0x1f && b == 0x8b) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    return raw;
  }

  /**
   * Reads a table bundled as a classpath resource (gzip when the name ends .gz): its header, then
   * each row to {@code rows}. Messages name it by its file name, without .gz.
   */
  public static TabularFile readResource(
      Class<?> owner, String name, Consumer<TabularFile> onHeader, RowHandler rows) {
    String source = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.gz$", "");
    try (InputStream in = resource(owner, name)) {
      return read(in, source, onHeader, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a classpath resource (gzip when the name ends .gz). */
  public static InputStream resource(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Bundled resource missing: " + name);
    }
    try {
      return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
