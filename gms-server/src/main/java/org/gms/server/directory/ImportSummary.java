package org.gms.server.directory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One import as recorded.
 *
 * @param id the import's number (increasing)
 * @param kind directory release or panels
 * @param label the directory version (e.g. {@code 5.1}) or a label of the panel export
 * @param source the file names read
 * @param sourceSha256 SHA-256 over the files' bytes, to recognise a repeated import
 * @param importedAt when
 * @param importedBy who ({@code system} at start-up)
 * @param indications clinical indications in the release (directory imports)
 * @param tests tests in the release (directory imports)
 * @param panels panels read (panel imports); panels linked (directory imports)
 * @param genes panel genes read (panel imports); genes named directly as targets (directory)
 * @param newPanelVersions panel versions stored by this import (panel imports)
 * @param added how many indications or panels are new
 * @param removed how many are gone
 * @param changed how many differ
 * @param warnings what was read but could not be used, in words
 * @param tookMillis how long the import took (0 when reporting an earlier import)
 * @param alreadyImported true when the same files had been imported before and nothing was done
 */
public record ImportSummary(
    long id,
    ImportKind kind,
    String label,
    String source,
    String sourceSha256,
    Instant importedAt,
    String importedBy,
    int indications,
    int tests,
    int panels,
    int genes,
    int newPanelVersions,
    int added,
    int removed,
    int changed,
    List<String> warnings,
    long tookMillis,
    boolean alreadyImported) {

  public ImportSummary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    warnings = List.copyOf(warnings);
  }

  /** The same summary reporting a repeated import that did nothing. */
  public ImportSummary asAlreadyImported(long tookMillis) {
    return new ImportSummary(
        id,
        kind,
        label,
        source,
        sourceSha256,
        importedAt,
        importedBy,
        indications,
        tests,
        panels,
        genes,
        newPanelVersions,
        added,
        removed,
        changed,
        warnings,
        tookMillis,
        true);
  }

  /** One line for logs and the command line. */
  public String describe() {
    String what =
        kind == ImportKind.DIRECTORY
            ? "test directory %s: %d indications, %d tests, %d linked panels"
                .formatted(label, indications, tests, panels)
            : "PanelApp panels %s: %d panels, %d genes, %d new panel versions"
                .formatted(label, panels, genes, newPanelVersions);
    return (alreadyImported ? "already imported (#%d) " : "imported #%d ").formatted(id)
        + what
        + "; %d added, %d removed, %d changed".formatted(added, removed, changed)
        + (tookMillis > 0 ? " in %.1f s".formatted(tookMillis / 1000.0) : "");
  }
}
