package org.gms.server.knowledge.internal;

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
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import org.gms.server.GmsException;
import org.gms.server.Sha256;

/** Reading imported files: checksum, plain or gzip text. */
final class KnowledgeFiles {

  private KnowledgeFiles() {}

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = Sha256.digest();
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return Sha256.hex(digest);
    } catch (NoSuchFileException e) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND, "File not found: " + file + " (check the path).");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  static boolean isGzip(byte[] start) {
    return start.length >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b;
  }

  /** Plain or gzip (bgzip) text, recognised by its first bytes. */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    byte[] start = {(byte) in.read(), (byte) in.read()};
    in.reset();
    if (isGzip(start)) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A release date (yyyy-mm-dd) in the file name, if there is one. */
  static String dateInName(Path file) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})")
            .matcher(file.getFileName().toString());
    return m.find() ? m.group(1) : null;
  }
}
