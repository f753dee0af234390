package org.gms.genomics.transcript;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens plain or gzip (including bgzip) text, recognised by its magic bytes, not its name. */
public final class CompressedText {

  private CompressedText() {}

  static BufferedReader open(Path file) {
    try {
      return open(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw new TranscriptFileException("File not found: " + file + " (check the path)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** The stream as UTF-8 lines, unzipped when it starts with the gzip magic bytes. */
  public static BufferedReader open(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1f && second == 0x8b) {
      // bgzip files are concatenated gzip members; GZIPInputStream reads them all.
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
