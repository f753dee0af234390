package org.gms.server.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.server.GmsException;
import org.gms.server.UploadLimits;
import org.gms.server.VcfUploadCheck;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.database.DatabaseSettings;
import org.springframework.stereotype.Component;

/**
 * The analysis data directory: VCFs are named relative to it, never outside it, and uploads are
 * stored in it under a fresh name.
 */
@Component
class AnalysisFiles {

  private final Path root;

  AnalysisFiles(AnalysisSettings settings, DatabaseSettings database) {
    this.root =
        (settings.dataDir() != null ? settings.dataDir() : database.dataDir().resolve("vcf"))
            .toAbsolutePath()
            .normalize();
  }

  Path root() {
    return root;
  }

  /** The file a relative name stands for, checked to lie in the directory and to exist. */
  Path resolve(String name) {
    if (name == null || name.isBlank()) {
      throw new GmsException("vcf is required: a path relative to the analysis data directory.");
    }
    Path file = root.resolve(name.strip()).normalize();
    if (!file.startsWith(root)) {
      throw new GmsException(
          "vcf '" + name + "' lies outside the analysis data directory; name a file inside it.");
    }
    if (!Files.isRegularFile(file)) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND,
          "No file '" + name + "' in the analysis data directory; upload it or copy it there.");
    }
    return file;
  }

  /** The VCF's sample names, read from its header. */
  List<String> samples(Path vcf) {
    try (VcfReader reader = VcfReader.open(vcf, VcfReadOptions.defaults().withThreads(1))) {
      return reader.header().samples();
    }
  }

  /**
   * Stores an upload and returns its name relative to the directory. It is checked against the
   * limits as it is streamed; a refused or aborted upload leaves nothing behind, and messages name
   * the file as the client sent it, never where the server keeps it.
   */
  String store(InputStream body, String shownName, String suffix, UploadLimits limits) {
    Path dir;
    Path partial;
    try {
      dir = Files.createDirectories(root.resolve("uploads"));
      partial = Files.createTempFile(dir, "upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create an upload in " + root, e);
    }
    boolean kept = false;
    try {
      try (InputStream in = body;
          var out = Files.newOutputStream(partial)) {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          copied += n;
          if (copied > limits.maxBytes()) {
            throw new GmsException(
                GmsException.Kind.PAYLOAD_TOO_LARGE,
                shownName
                    + " is larger than "
                    + limits.maxBytes()
                    + " bytes, the most accepted (gms.upload.max-bytes).");
          }
          out.write(buffer, 0, n);
        }
      }
      try (InputStream stored = Files.newInputStream(partial)) {
        VcfUploadCheck.check(stored, shownName, limits);
      }
      String name = UUID.randomUUID() + suffix;
      Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      kept = true;
      return root.relativize(dir.resolve(name)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("The upload of " + shownName + " was aborted", e);
    } finally {
      if (!kept) {
        deleteQuietly(partial);
      }
    }
  }

  /** Deletes a stored upload (one refused after it was stored). */
  void discard(String name) {
    deleteQuietly(root.resolve(name).normalize());
  }

  /**
   * Deletes partial uploads older than an hour (an upload cut off when the server stopped) and
   * uploads older than {@code staleAfter} that no run uses.
   */
  int sweep(Duration staleAfter, Predicate<String> used) {
    Path dir = root.resolve("uploads");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    Instant now = Instant.now();
    int deleted = 0;
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path file : entries.toList()) {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        boolean partial = file.getFileName().toString().endsWith(".part");
        boolean stale =
            partial
                ? modified.isBefore(now.minus(Duration.ofHours(1)))
                : modified.isBefore(now.minus(staleAfter))
                    && !used.test(root.relativize(file).toString());
        if (stale && deleteQuietly(file)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      return deleted; // try again at the next sweep
    }
    return deleted;
  }

  private static boolean deleteQuietly(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }
}
