package org.gms.server.knowledge;

import java.util.Optional;

/**
 * The outcome of importing a knowledge file.
 *
 * @param alreadyImported the file was imported before (same checksum): nothing was stored or
 *     re-examined
 * @param changes how many assertions or links differ from the previous version (all, for the first)
 * @param job the re-examination of the stored cases the import started, when asked for
 */
public record KnowledgeImport(
    KnowledgeVersion version,
    boolean alreadyImported,
    Optional<KnowledgeVersion> previous,
    int changes,
    Optional<ReanalysisJob> job) {

  /** The outcome for a file imported before (same checksum): its version, nothing done. */
  public static KnowledgeImport alreadyImported(KnowledgeVersion version) {
    return new KnowledgeImport(version, true, Optional.empty(), 0, Optional.empty());
  }

  public String describe() {
    if (alreadyImported) {
      return version.source()
          + " "
          + version.label()
          + " was imported already (version "
          + version.id()
          + ", same file checksum): nothing to do.";
    }
    return version.source()
        + " "
        + version.label()
        + " imported as version "
        + version.id()
        + ": "
        + version.summary()
        + job.map(j -> "; " + j.describe()).orElse("");
  }
}
