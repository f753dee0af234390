package org.gms.server.knowledge.internal;

import org.gms.server.knowledge.KnowledgeVersion;

/** One ClinVar release's assertion about a variant. */
record ClinvarEntry(String gene, String variationId, String significance, String reviewStatus) {
  String describe(KnowledgeVersion version) {
    return "ClinVar "
        + version.label()
        + ": "
        + significance
        + " ("
        + reviewStatus
        + "), variation "
        + variationId;
  }
}
