package org.gms.server.directory;

import java.util.Objects;

/**
 * The result of loading the directory and panels shipped with the platform.
 *
 * @param directory the test directory release (imported now, or already present)
 * @param panels the PanelApp panels (imported now, or already present)
 * @param tookMillis total time
 */
public record BundledImport(ImportSummary directory, ImportSummary panels, long tookMillis) {

  public BundledImport {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(panels, "panels");
  }

  public String version() {
    return directory.label();
  }

  public int indications() {
    return directory.indications();
  }

  public int tests() {
    return directory.tests();
  }

  public int panelCount() {
    return panels.panels();
  }

  public int genes() {
    return panels.genes();
  }

  /** True when nothing had to be imported. */
  public boolean wasPresent() {
    return directory.alreadyImported() && panels.alreadyImported();
  }

  public String describe() {
    return "Test directory "
        + version()
        + ": "
        + indications()
        + " indications, "
        + tests()
        + " tests; "
        + panelCount()
        + " panels, "
        + genes()
        + " panel genes"
        + (wasPresent() ? " (already imported)" : "")
        + " in %.1f s".formatted(tookMillis / 1000.0);
  }
}
