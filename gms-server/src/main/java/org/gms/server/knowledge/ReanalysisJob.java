package org.gms.server.knowledge;

import java.time.Instant;

/**
 * A re-examination of the stored cases against the current knowledge.
 *
 * @param trigger what started it, e.g. {@code import of CLINVAR 2026-02-26} or {@code batch}
 * @param total cases to examine
 * @param done cases examined so far
 * @param alerts alerts raised so far (causes already alerted are not raised again)
 * @param message the failure, or the summary once finished
 */
public record ReanalysisJob(
    long id,
    String trigger,
    JobState state,
    int total,
    int done,
    int alerts,
    String message,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {

  /** Where a job is. */
  public enum JobState {
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  public String describe() {
    return "re-analysis job "
        + id
        + " "
        + state
        + ": "
        + done
        + " of "
        + total
        + " cases examined, "
        + alerts
        + " alerts raised"
        + (message == null || message.isBlank() ? "" : " (" + message + ")");
  }
}
