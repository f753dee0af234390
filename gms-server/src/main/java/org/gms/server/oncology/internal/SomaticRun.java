package org.gms.server.oncology.internal;

import java.time.Instant;

/** A somatic analysis run of a case's sample: queued, running, succeeded or failed. */
record SomaticRun(
    long id,
    long caseId,
    long sampleId,
    String state,
    int attempt,
    String message,
    String startedBy,
    Instant queuedAt,
    Instant finishedAt) {

  boolean succeeded() {
    return state.equals("SUCCEEDED");
  }
}
