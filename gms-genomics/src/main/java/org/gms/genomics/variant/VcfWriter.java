package org.gms.genomics.variant;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.gms.genomics.GenomicsException;

/**
 * Writes a VCF atomically (see {@link AtomicOutput}): BGZF-compressed when the file name ends in
 * {@code .gz}, plain text otherwise. Records are copied through byte for byte, optionally with one
 * added INFO field whose definition goes into the header.
 *
 * <pre>{@code
 * try (VcfWriter out = VcfWriter.open(target, reader.header(), annotationField)) {
 *   for (VcfRecord record : reader) {
 *     out.write(record, valueFor(record));
 *   }
 *   out.commit();
 * }
 * }</pre>
 */
public final class VcfWriter implements AutoCloseable {

  private final AtomicOutput output;
  private final OutputStream stream;
  private final byte[] addedKey;
  private byte[] buffer = new byte[1 << 16];
  private int filled;
  private boolean committed;

  private VcfWriter(AtomicOutput output, OutputStream stream, VcfFieldDefinition added) {
    this.output = output;
    this.stream = stream;
    this.addedKey = added == null ? null : (added.id() + "=").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Starts writing {@code target} with the header of the input, plus the definition of {@code
   * addedInfo} when it is not null.
   */
  public static VcfWriter open(Path target, VcfHeader header, VcfFieldDefinition addedInfo) {
    return open(target, header, addedInfo, Bgzf.defaultThreads());
  }

  /** As {@link #open(Path, VcfHeader, VcfFieldDefinition)} with a given number of compressors. */
  public static VcfWriter open(
      Path target, VcfHeader header, VcfFieldDefinition addedInfo, int threads) {
    return open(target, header, addedInfo, threads, BgzfOutputStream.DEFAULT_LEVEL);
  }

  /**
   * As {@link #open(Path, VcfHeader, VcfFieldDefinition, int)} with a BGZF deflate level (1 fastest
   * to 9 smallest; bgzip's default is 6).
   */
  public static VcfWriter open(
      Path target, VcfHeader header, VcfFieldDefinition addedInfo, int threads, int level) {
    boolean compressed = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    AtomicOutput output = AtomicOutput.create(target);
    OutputStream stream =
        compressed ? new BgzfOutputStream(output.stream(), threads, level) : output.stream();
    VcfWriter writer = new VcfWriter(output, stream, addedInfo);
    VcfHeader written = addedInfo == null ? header : header.withInfo(addedInfo);
    String text = written.text();
    if (!text.startsWith("##fileformat=")) {
      text = "##fileformat=VCFv4.2\n" + text;
    }
    writer.append(text.getBytes(StandardCharsets.UTF_8));
    return writer;
  }

  /** Copies the record unchanged. */
  public void write(VcfRecord record) {
    byte[] line = record.bytes();
    append(line, 0, line.length);
    appendByte((byte) '\n');
  }

  /**
   * Copies the record with the added INFO field set to {@code value} (escaped with {@link
   * #escapeInfoValue(String)}); a null value leaves the record unchanged.
   */
  public void write(VcfRecord record, String value) {
    write(record, value == null ? null : escapeInfoValue(value).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * As {@link #write(VcfRecord, String)} with a value that is already escaped and encoded as UTF-8,
   * so that callers can prepare values on other threads.
   */
  public void write(VcfRecord record, byte[] escaped) {
    if (escaped == null) {
      write(record);
      return;
    }
    if (addedKey == null) {
      throw new IllegalStateException("No INFO field was declared when the writer was opened");
    }
    byte[] line = record.bytes();
    int infoStart = record.columnStart(7);
    int infoEnd = record.columnEnd(7);
    append(line, 0, infoStart);
    boolean empty = infoEnd - infoStart == 1 && line[infoStart] == '.';
    if (!empty) {
      append(line, infoStart, infoEnd - infoStart);
      appendByte((byte) ';');
    }
    append(addedKey, 0, addedKey.length);
    append(escaped, 0, escaped.length);
    append(line, infoEnd, line.length - infoEnd);
    appendByte((byte) '\n');
  }

  /**
   * Percent-encodes the characters an INFO value may not contain (VCF 4.3 section 1.2): {@code %},
   * {@code ;}, {@code =}, tab, space, line breaks. Commas are kept: they separate values.
   */
  public static String escapeInfoValue(String value) {
    int first = 0;
    while (first < value.length() && !needsEscape(value.charAt(first))) {
      first++;
    }
    if (first == value.length()) {
      return value; // the usual case, found without building anything
    }
    StringBuilder out = null;
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      String code =
          switch (c) {
            case '%' -> "%25";
            case ';' -> "%3B";
            case '=' -> "%3D";
            case '\t' -> "%09";
            case ' ' -> "%20";
            case '\n' -> "%0A";
            case '\r' -> "%0D";
            default -> null;
          };
      if (code != null && out == null) {
        out = new StringBuilder(value.length() + 8).append(value, 0, i);
      }
      if (out != null) {
        if (code != null) {
          out.append(code);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean needsEscape(char c) {
    return c <= '='
        && (c == '%' || c == ';' || c == '=' || c == '\t' || c == ' ' || c == '\n' || c == '\r');
  }

  /** Finishes the file and moves it into place. */
  public void commit() {
    try {
      drain();
      committed = true;
      stream.close();
    } catch (IOException e) {
      output.close();
      throw new GenomicsException("Cannot write " + output.target() + ": " + e.getMessage(), e);
    }
    output.commit();
  }

  /** Discards the output unless {@link #commit()} was called. */
  @Override
  public void close() {
    if (!committed) {
      try {
        stream.close(); // stops the compression threads; the bytes are discarded below
      } catch (IOException ignored) {
        // discarding anyway
      }
    }
    output.close();
  }

  private void append(byte[] bytes) {
    append(bytes, 0, bytes.length);
  }

  private void append(byte[] bytes, int offset, int length) {
    if (filled + length > buffer.length) {
      drainQuietly();
      if (length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Integer.highestOneBit(length) << 1);
      }
    }
    System.arraycopy(bytes, offset, buffer, filled, length);
    filled += length;
  }

  private void appendByte(byte b) {
    if (filled == buffer.length) {
      drainQuietly();
    }
    buffer[filled++] = b;
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (IOException e) {
      throw new GenomicsException("Cannot write " + output.target() + ": " + e.getMessage(), e);
    }
  }

  private void drain() throws IOException {
    stream.write(buffer, 0, filled);
    filled = 0;
  }
}
