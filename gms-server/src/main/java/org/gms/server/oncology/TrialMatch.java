package org.gms.server.oncology;

import java.util.List;

/**
 * A clinical trial arm a cancer case matches, as the tumour board page shows it.
 *
 * @param trialId the registry id, e.g. {@code NCT03093116}
 * @param title the trial's short title
 * @param arm the arm's name or code
 * @param status recruitment status, e.g. {@code open}
 * @param reasons why the case matches, one line per criterion met (e.g. {@code ROS1 fusion})
 * @param link the API or page path of the trial, or empty
 */
public record TrialMatch(
    String trialId, String title, String arm, String status, List<String> reasons, String link) {

  public TrialMatch {
    if (trialId == null || trialId.isBlank()) {
      throw new IllegalArgumentException("A trial match needs the trial's id");
    }
    title = title == null ? "" : title;
    arm = arm == null ? "" : arm;
    status = status == null ? "" : status;
    reasons = List.copyOf(reasons);
    link = link == null ? "" : link;
  }
}
