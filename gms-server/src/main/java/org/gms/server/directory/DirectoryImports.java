package org.gms.server.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads test directory releases and PanelApp panels into the database. Each import runs in one
 * transaction: a file that cannot be read, or a failure half-way, leaves the previous release
 * current and nothing half-written. Importing the same files again does nothing.
 */
public interface DirectoryImports {

  /**
   * Imports the directory and panels shipped with the platform unless they are already there; safe
   * to call at every start-up.
   */
  BundledImport importBundledIfMissing();

  /** As {@link #importBundledIfMissing()}, reporting each step to {@code progress}. */
  BundledImport importBundledIfMissing(Consumer<String> progress);

  /**
   * Imports a rare and inherited disease test directory as published by NHS England (xlsx).
   *
   * @param label the version to record; null to read it from the file's title or name
   * @param progress receives a line at each step
   */
  ImportSummary importDirectory(Path xlsx, String label, Consumer<String> progress);

  /**
   * Imports PanelApp panels from any mix of: the panels TSV (id, Gene, confidence_level, ...),
   * PanelApp API panel list pages ({@code /api/v1/panels/}) and panel detail files ({@code
   * /api/v1/panels/{id}/}); directories are read for {@code .tsv}, {@code .json} files (optionally
   * gzipped).
   */
  ImportSummary importPanelApp(List<Path> files, Consumer<String> progress);

  /** Every import, newest first. */
  List<ImportSummary> imports();

  /** One import's summary. */
  Optional<ImportSummary> importSummary(long importId);

  /** What an import changed. */
  Optional<ImportChanges> changes(long importId);

  /** The import of a directory version label such as {@code 5.1}. */
  Optional<ImportSummary> directoryVersion(String label);
}
