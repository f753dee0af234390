package org.gms.server.record;

/** Why a classification was recorded. */
public enum ClassificationSource {
  /** A scientist authorised a result report with it. */
  REPORT,
  /** A scientist amended a report after re-analysis. */
  AMENDED_REPORT
}
