package org.gms.server.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.gms.server.GmsException;
import org.gms.server.Sha256;

/**
 * A file to import, read whole (the published files are at most a few megabytes): its name for
 * messages, its bytes for the checksum, and its content with any gzip layer removed.
 */
record ImportFile(String name, byte[] bytes) {

  static ImportFile of(Path path) {
    try {
      return new ImportFile(path.toString(), Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND, path + " does not exist: check the file name.");
    } catch (IOException e) {
      throw new GmsException("Cannot read " + path + ": " + e.getMessage());
    }
  }

  static ImportFile resource(String resource) {
    try (InputStream in = ImportFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The bundled file " + resource + " is missing");
      }
      return new ImportFile(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the bundled file " + resource, e);
    }
  }

  boolean gzipped() {
    return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** The file name without a {@code .gz} ending, lower case, to tell the format. */
  String plainName() {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** The content, decompressed when gzipped; a cut or damaged gzip stream is reported here. */
  byte[] content() {
    if (!gzipped()) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (EOFException e) {
      throw new GmsException(
          name + " is truncated: the gzip data ends early. Download or copy the file again.");
    } catch (ZipException e) {
      throw new GmsException(
          name + " is a damaged gzip file (" + e.getMessage() + "). Download it again.");
    } catch (IOException e) {
      throw new GmsException("Cannot read " + name + ": " + e.getMessage());
    }
  }

  /** The content as lines of text, without blank lines. */
  List<String> lines() {
    return new String(content(), java.nio.charset.StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !line.isBlank())
        .toList();
  }

  /** SHA-256 over the files' names-independent bytes, in order. */
  static String sha256(List<ImportFile> files) {
    MessageDigest digest = Sha256.digest();
    for (ImportFile file : files) {
      digest.update(file.bytes());
    }
    return Sha256.hex(digest);
  }
}
