package org.gms.server.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.server.GmsException;
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

  /** Stores an upload and returns its name relative to the directory. */
  String store(InputStream body, String suffix, long maxBytes) {
    try {
      Path dir = Files.createDirectories(root.resolve("uploads"));
      String name = UUID.randomUUID() + suffix;
      Path partial = Files.createTempFile(dir, "upload-", ".part");
      try (InputStream in = body;
          var out = Files.newOutputStream(partial)) {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          copied += n;
          if (copied > maxBytes) {
            out.close();
            Files.delete(partial);
            throw new GmsException("The upload exceeds " + maxBytes + " bytes, the most accepted.");
          }
          out.write(buffer, 0, n);
        }
      }
      Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return root.relativize(dir.resolve(name)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the upload in " + root, e);
    }
  }
}
