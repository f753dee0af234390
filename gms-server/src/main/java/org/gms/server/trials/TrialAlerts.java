package org.gms.server.trials;

import java.util.List;
import java.util.Optional;

/**
 * Trial-match alerts for clinicians: each sees the alerts of their own organisation's cases. Every
 * read and decision is audited.
 */
public interface TrialAlerts {

  /** The open alerts of the user's organisation, oldest first. */
  List<TrialAlert> open();

  /** An alert of the user's organisation, in any state. */
  Optional<TrialAlert> find(long id);

  /**
   * Accepts an open alert: the team takes the match forward (discussion at the tumour board,
   * referral).
   *
   * @param comment what the team does; required
   */
  TrialAlert accept(long id, String comment);

  /**
   * Dismisses an open alert.
   *
   * @param reason why the match is not pursued; required
   */
  TrialAlert dismiss(long id, String reason);
}
