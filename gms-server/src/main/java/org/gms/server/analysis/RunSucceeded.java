package org.gms.server.analysis;

import java.nio.file.Path;
import java.util.Map;

/**
 * Published when a run's result has been stored (after its transaction commits, for listeners that
 * wait for it), so that other features can use the run's genotypes.
 *
 * @param vcf the run's VCF, absolute
 * @param samples VCF sample name by NHS number of the person sequenced
 */
public record RunSucceeded(long runId, long orderId, Path vcf, Map<String, String> samples) {

  public RunSucceeded {
    if (vcf == null || !vcf.isAbsolute()) {
      throw new IllegalArgumentException("A succeeded run's VCF path is absolute; got " + vcf);
    }
    samples = Map.copyOf(samples);
  }
}
