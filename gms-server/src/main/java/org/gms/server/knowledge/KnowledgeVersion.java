package org.gms.server.knowledge;

import java.time.Instant;

/**
 * One imported version of a knowledge source.
 *
 * @param label the release, e.g. {@code 2026-02-26} (ClinVar's fileDate) or as given on import
 * @param sha256 of the imported file: the same file is one version, however often imported
 * @param summary what the version holds and what changed against the one before
 */
public record KnowledgeVersion(
    long id,
    KnowledgeSource source,
    String label,
    String fileName,
    String sha256,
    String summary,
    String importedBy,
    Instant importedAt) {}
