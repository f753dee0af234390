package org.gms.server.trials;

import java.util.List;

/**
 * A trial with its arms, eligibility criteria as published and what GMS could not assess.
 *
 * @param link the trial's ClinicalTrials.gov page
 */
public record TrialDetail(
    TrialSummary trial,
    String eligibilityText,
    List<ArmView> arms,
    List<String> warnings,
    String link) {

  public TrialDetail {
    arms = List.copyOf(arms);
    warnings = List.copyOf(warnings);
  }

  /**
   * One arm.
   *
   * @param criteria its eligibility, readable ({@code (ALK fusion OR ROS1 activating mutation) AND
   *     age >=18})
   * @param curated false when it has no criteria to match (a ClinicalTrials.gov arm not curated)
   */
  public record ArmView(
      String code,
      String description,
      boolean open,
      List<String> interventions,
      String criteria,
      boolean curated) {

    public ArmView {
      interventions = List.copyOf(interventions);
    }
  }
}
