package org.gms.server.analysis;

import java.time.Instant;
import java.util.Map;

/**
 * One run.
 *
 * @param vcf the VCF's path relative to the analysis data directory
 * @param samples VCF sample name by NHS number of the person sequenced
 * @param genes what the run looks at: the panel and its version, or gene-agnostic
 * @param progress VCF records read so far
 * @param attempt how many times a worker has taken it up (a run taken over after a restart shows 2)
 * @param message the failure, or a one-line summary of the result
 */
public record AnalysisRun(
    long id,
    long orderId,
    AnalysisKind kind,
    RunState state,
    String vcf,
    Map<String, String> samples,
    String genes,
    long progress,
    int attempt,
    String message,
    String startedBy,
    Instant queuedAt,
    Instant finishedAt) {

  public AnalysisRun {
    samples = Map.copyOf(samples);
  }
}
