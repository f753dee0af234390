package org.gms.genomics.cancer.trial;

import java.util.List;
import java.util.Objects;

/**
 * One arm of a trial.
 *
 * @param code the arm's code in the trial ({@code Group 3}, {@code Module 2: Arm 1})
 * @param description as the trial describes it
 * @param open whether it is open to accrual (CTML {@code arm_suspended} not {@code Y})
 * @param interventions drugs or dose levels
 * @param criterion its eligibility (with the trial-level criteria)
 */
public record Arm(
    String code,
    String description,
    boolean open,
    List<String> interventions,
    Criterion criterion) {

  public Arm {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(criterion, "criterion");
    interventions = List.copyOf(interventions);
  }
}
