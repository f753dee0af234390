package org.gms.server.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Re-analysis alerts for laboratory scientists: each sees the alerts of their own laboratory. Every
 * read and decision is audited.
 */
public interface ReanalysisAlerts {

  /** The open alerts of the user's laboratory, oldest first. */
  List<ReanalysisAlert> open();

  /** An alert of the user's laboratory, in any state. */
  Optional<ReanalysisAlert> find(long id);

  /**
   * Accepts an open alert: a reported case gets an amended report (the variant reclassified and/or
   * candidates added); a case still in interpretation records that the scientist takes it into the
   * report being written.
   *
   * @throws org.gms.server.GmsException when the alert is decided already or the decision does not
   *     fit it
   */
  ReanalysisAlert accept(long id, AlertDecision decision);

  /**
   * Dismisses an open alert.
   *
   * @param reason why the change does not alter the report; required
   */
  ReanalysisAlert dismiss(long id, String reason);
}
