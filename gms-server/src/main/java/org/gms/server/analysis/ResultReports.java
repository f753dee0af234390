package org.gms.server.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Result reports: a laboratory scientist reviews a finished run, chooses what to report with the
 * final classifications and authorises; the order is then reported and the requesting clinician
 * reads the report as HTML or as a FHIR R4 Genomics Reporting bundle.
 */
public interface ResultReports {

  /**
   * Authorises the report of a finished rare-disease run and moves its order to REPORTED.
   *
   * @param variants what to report; empty for a report of no reportable finding
   * @throws org.gms.server.GmsException when the run is not finished, the order is not in
   *     interpretation, or a rank is not in the stored result
   */
  ResultReport authorise(long runId, List<Reportable> variants, String conclusion);

  /**
   * The report document as {@link #authorise} would issue it, marked as a preview; nothing is
   * stored and the order does not move.
   */
  String preview(long runId, List<Reportable> variants, String conclusion);

  /** The order's report, if authorised and the user may see the order. */
  Optional<ResultReport> forOrder(long orderId);

  /** The report as a self-contained HTML document. */
  Optional<String> html(long orderId);

  /** The report as a FHIR R4 Bundle (Genomics Reporting IG 3.0.0 profiles), JSON. */
  Optional<String> fhir(long orderId);
}
