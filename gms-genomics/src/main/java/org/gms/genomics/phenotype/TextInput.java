package org.gms.genomics.phenotype;

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
import org.gms.genomics.GenomicsException;

/** Opens the upstream text files, plain or gzip-compressed (detected from the first two bytes). */
final class TextInput {

  private static final int GZIP_MAGIC_FIRST = 0x1f;
  private static final int GZIP_MAGIC_SECOND = 0x8b;

  private TextInput() {}

  static BufferedReader open(Path file) {
    try {
      return open(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw new GenomicsException(
          "File not found: " + file + ". Check the path given on the command line.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  static BufferedReader open(InputStream raw) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      InputStream decoded =
          first == GZIP_MAGIC_FIRST && second == GZIP_MAGIC_SECOND
              ? new GZIPInputStream(in, 1 << 16)
              : in;
      return new BufferedReader(new InputStreamReader(decoded, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
