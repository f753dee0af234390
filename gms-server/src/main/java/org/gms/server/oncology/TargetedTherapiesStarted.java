package org.gms.server.oncology;

import java.time.LocalDate;
import java.util.List;

/**
 * The targeted therapies recorded as started for actionable findings of reported cancer cases
 * (recorded by a clinician or stated by a clinical system's FHIR MedicationStatement), for features
 * that count them (management figures). For system work: no user check, no patient identity; the
 * caller audits its own use.
 */
public interface TargetedTherapiesStarted {

  /** Every therapy started, in the order recorded. */
  List<TherapyStart> started();

  /**
   * One therapy started.
   *
   * @param caseId the oncology case (as in {@link CancerCaseReported#caseId()})
   * @param therapy the therapy as recorded, e.g. {@code osimertinib}
   * @param startedOn the day it was started
   */
  record TherapyStart(long caseId, String therapy, LocalDate startedOn) {}
}
