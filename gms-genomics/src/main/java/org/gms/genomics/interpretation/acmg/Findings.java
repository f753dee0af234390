package org.gms.genomics.interpretation.acmg;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the rules found for one variant: codes applied, and codes considered but not applied. */
final class Findings {

  private final List<Evidence> applied = new ArrayList<>();
  private final List<CriterionNote> notApplied = new ArrayList<>();

  void apply(EvidenceCode code, Strength strength, String reason) {
    applied.add(new Evidence(code, strength, reason));
  }

  void skip(EvidenceCode code, String reason) {
    notApplied.add(new CriterionNote(code, reason));
  }

  boolean has(EvidenceCode code) {
    return applied.stream().anyMatch(e -> e.code() == code);
  }

  /** Withdraws an applied code that another one already accounts for. */
  void withdraw(EvidenceCode code, String reason) {
    if (applied.removeIf(e -> e.code() == code)) {
      notApplied.add(new CriterionNote(code, reason));
    }
  }

  /** Puts a note before the reason of every finding, applied or not, of these codes. */
  void explain(Set<EvidenceCode> codes, String note) {
    applied.replaceAll(
        e ->
            codes.contains(e.code())
                ? new Evidence(e.code(), e.strength(), note + "; " + e.reason())
                : e);
    notApplied.replaceAll(
        n -> codes.contains(n.code()) ? new CriterionNote(n.code(), note + "; " + n.reason()) : n);
  }

  Assessment assessment() {
    return new Assessment(applied, notApplied);
  }
}
