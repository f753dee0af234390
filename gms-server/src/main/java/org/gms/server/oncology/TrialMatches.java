package org.gms.server.oncology;

import java.util.List;

/**
 * The clinical trial arms a cancer case matches. Implemented as a Spring bean by the feature that
 * keeps the trial registry; the oncology feature depends on no such feature and shows nothing when
 * no bean implements this ({@link #NONE}).
 */
public interface TrialMatches {

  /** No trials known. */
  TrialMatches NONE = draft -> List.of();

  /**
   * The open arms the case matches, best first. Called for a case that may not be reported yet (the
   * tumour board reads it before deciding): {@code draft} carries its findings as they stand.
   */
  List<TrialMatch> matches(CancerCaseReported draft);
}
