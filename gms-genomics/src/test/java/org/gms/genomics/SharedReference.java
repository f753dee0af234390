package org.gms.genomics;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared public reference data ({@code ../shared/reference} beside the project). A fresh clone
 * elsewhere does not have it, so tests that need it are skipped, with a message, not failed.
 */
public final class SharedReference {

  private static final Path ROOT = locate();

  private SharedReference() {}

  /** The file or folder under the shared reference root; skips the calling test if absent. */
  public static Path path(String relative) {
    Path path = ROOT == null ? null : ROOT.resolve(relative);
    Assumptions.assumeTrue(
        path != null && Files.exists(path),
        () ->
            "Skipped: shared reference data '"
                + relative
                + "' not found (expected ../shared/reference beside the project, or set"
                + " GMS_SHARED_REFERENCE)");
    return path;
  }

  private static Path locate() {
    String configured = System.getenv("GMS_SHARED_REFERENCE");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    // Tests run with the module directory as working directory; the project root is one up.
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/reference").normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
