package org.gms.genomics.interpretation.acmg;

/** A criterion that was considered but not applied, and why (inputs missing, or not met). */
public record CriterionNote(EvidenceCode code, String reason) {

  public CriterionNote {
    if (code == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A criterion note needs a code and a reason");
    }
  }

  @Override
  public String toString() {
    return code + " not applied: " + reason;
  }
}
