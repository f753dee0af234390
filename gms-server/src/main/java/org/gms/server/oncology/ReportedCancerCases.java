package org.gms.server.oncology;

import java.util.List;
import java.util.Optional;

/**
 * The reported cancer cases, for features that match or count them (clinical trials). For system
 * work: no user check here, the caller audits its own use.
 */
public interface ReportedCancerCases {

  /** The latest report of every reported case, oldest case first. */
  List<CancerCaseReported> reported();

  /** The latest report of one case, if it has been reported. */
  Optional<CancerCaseReported> reportedCase(long caseId);
}
