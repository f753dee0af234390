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
  default ResultReport authorise(long runId, List<Reportable> variants, String conclusion) {
    return authorise(runId, variants, conclusion, java.util.Set.of());
  }

  /**
   * {@link #authorise(long, List, String)}, confirming that the run's Tier 1 and Tier 2 candidates
   * with these ranks are left out of the report on purpose. A Tier 1 or 2 candidate neither
   * reported nor confirmed refuses the authorisation (CONFLICT, listing each).
   */
  ResultReport authorise(
      long runId,
      List<Reportable> variants,
      String conclusion,
      java.util.Set<Integer> unreportedConfirmed);

  /**
   * The report document as {@link #authorise} would issue it, marked as a preview, with a warning
   * naming each Tier 1 and Tier 2 candidate it leaves out; nothing is stored and the order does not
   * move.
   */
  String preview(long runId, List<Reportable> variants, String conclusion);

  /**
   * Amends the authorised report of a REPORTED order, as a laboratory scientist of its laboratory:
   * reported variants take new classes, candidates of the run may be added, the conclusion is
   * replaced. The report it replaces is kept ({@link #versions}); the new classifications are added
   * to the patient's record as amended-report classifications; the order stays REPORTED.
   *
   * @param reclassified reported variants with their new class, by variant key
   * @param added further candidates of the report's run to report, by rank
   * @param reason why the report is amended (e.g. the knowledge change), required
   * @throws org.gms.server.GmsException when the order has no report, a key is not in it, a rank is
   *     not in the run, or the user is not a scientist of the laboratory
   */
  ResultReport amend(
      long orderId,
      List<Reclassification> reclassified,
      List<Reportable> added,
      String conclusion,
      String reason);

  /** Every version of the order's report, oldest first (the last is the one in force). */
  List<ResultReport> versions(long orderId);

  /** The order's report, if authorised and the user may see the order. */
  Optional<ResultReport> forOrder(long orderId);

  /** The report as a self-contained HTML document. */
  Optional<String> html(long orderId);

  /** The report as a FHIR R4 Bundle (Genomics Reporting IG 3.0.0 profiles), JSON. */
  Optional<String> fhir(long orderId);
}
