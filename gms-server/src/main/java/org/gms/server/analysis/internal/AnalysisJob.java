package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.gms.server.analysis.AnalysisKind;

/**
 * The work of one kind of analysis run, the same for every kind: the worker claims a run, gives the
 * job its spec and VCF, and stores the result the job returns with the run.
 */
interface AnalysisJob {

  /** The kind of run this job does. */
  AnalysisKind kind();

  /**
   * Runs the analysis.
   *
   * @param runId the run, named in what the job records elsewhere
   * @param progress told the bytes of the VCF read so far, which renews the run's claim
   */
  Result run(long runId, long orderId, RunSpec spec, Path vcf, LongConsumer progress);

  /**
   * What a run stores.
   *
   * @param json the result (rare disease: the ranked candidates; pharmacogenomics: the report)
   * @param html the result as a page, or null
   * @param summary one line for the run's list
   */
  record Result(String json, String html, String summary) {}
}
