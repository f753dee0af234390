package org.gms.server.directory;

import java.util.List;

/**
 * What the database holds after loading the directory and panels shipped with the platform.
 *
 * @param version the current test directory version
 * @param indications clinical indications of that version
 * @param tests tests of that version
 * @param panels current PanelApp panels
 * @param genes gene, STR and region entries of their current versions
 * @param importsRun the imports this call ran (empty when everything was already there)
 * @param tookMillis time taken
 */
public record BundledImport(
    String version,
    int indications,
    int tests,
    int panels,
    int genes,
    List<ImportSummary> importsRun,
    long tookMillis) {

  public BundledImport {
    importsRun = List.copyOf(importsRun);
  }

  /** True when nothing had to be imported. */
  public boolean wasPresent() {
    return importsRun.isEmpty();
  }

  public String describe() {
    return "Test directory %s: %d indications, %d tests; %d panels with %d genes%s in %.1f s"
        .formatted(
            version,
            indications,
            tests,
            panels,
            genes,
            wasPresent() ? " (already imported)" : "",
            tookMillis / 1000.0);
  }
}
