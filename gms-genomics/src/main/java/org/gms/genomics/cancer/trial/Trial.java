package org.gms.genomics.cancer.trial;

import java.util.List;
import java.util.Objects;

/**
 * A clinical trial with its arms.
 *
 * @param id the NCT number (or CTML {@code protocol_no} when there is none)
 * @param title short title
 * @param source CTML or ClinicalTrials.gov
 * @param status the status as the source gives it ({@code Open to Accrual}, {@code RECRUITING})
 * @param open whether it accrues
 * @param phase the phase, or empty
 * @param conditions the conditions studied, as written
 * @param eligibilityText the eligibility criteria as published (ClinicalTrials.gov), or empty
 * @param arms its arms
 * @param warnings what the reader could not use (unassessed keys), with where
 */
public record Trial(
    String id,
    String title,
    TrialSource source,
    String status,
    boolean open,
    String phase,
    List<String> conditions,
    String eligibilityText,
    List<Arm> arms,
    List<String> warnings) {

  public Trial {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(eligibilityText, "eligibilityText");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A trial needs an id (NCT number or protocol number)");
    }
    conditions = List.copyOf(conditions);
    arms = List.copyOf(arms);
    warnings = List.copyOf(warnings);
  }

  /** The arm of that code, or null. */
  public Arm arm(String code) {
    return arms.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
  }
}
