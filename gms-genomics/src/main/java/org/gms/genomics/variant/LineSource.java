package org.gms.genomics.variant;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them: each line is returned as its own byte
 * array without the line break ({@code \n} or {@code \r\n}). One large buffer is reused.
 */
final class LineSource implements Closeable {

  /** A longer "line" means the input is not a VCF (or has lost its line breaks). */
  static final int MAX_LINE = 64 << 20;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 20];
  private int position;
  private int limit;
  private boolean endOfInput;
  private long lineNumber;

  LineSource(InputStream in) {
    this.in = in;
  }

  /** The 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line, or null at the end of the input. */
  byte[] next() throws IOException {
    int scanFrom = position;
    while (true) {
      int newline = indexOfNewline(scanFrom);
      if (newline >= 0) {
        return take(newline, newline + 1);
      }
      if (endOfInput) {
        return position < limit ? take(limit, limit) : null;
      }
      scanFrom = limit - position;
      fill();
      scanFrom += position;
    }
  }

  private int indexOfNewline(int from) {
    byte[] b = buffer;
    for (int i = from; i < limit; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private byte[] take(int end, int next) {
    int stop = end > position && buffer[end - 1] == '\r' ? end - 1 : end;
    byte[] line = Arrays.copyOfRange(buffer, position, stop);
    position = next;
    lineNumber++;
    return line;
  }

  private void fill() throws IOException {
    int pending = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, pending);
      position = 0;
      limit = pending;
    }
    if (limit == buffer.length) {
      if (buffer.length >= MAX_LINE) {
        throw new LineTooLongException(lineNumber + 1);
      }
      buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      endOfInput = true;
    } else {
      limit += read;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** No line break within {@link #MAX_LINE} bytes. */
  static final class LineTooLongException extends IOException {
    final long line;

    LineTooLongException(long line) {
      super("no line break within " + (MAX_LINE >> 20) + " MiB");
      this.line = line;
    }
  }
}
