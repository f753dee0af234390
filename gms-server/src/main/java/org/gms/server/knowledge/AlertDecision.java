package org.gms.server.knowledge;

import java.util.List;
import org.gms.server.analysis.Reportable;

/**
 * A scientist's acceptance of an alert: what the amended report says.
 *
 * @param finalClass the variant's new class (P, LP, VUS, LB, B) for a variant alert; null for a
 *     gene alert
 * @param comment on the variant, for the clinician
 * @param addRanks candidates of the report's run to add to the report (e.g. a variant in the newly
 *     matched gene)
 * @param conclusion the amended report's conclusion, required when the order is reported
 */
public record AlertDecision(
    String finalClass, String comment, List<Reportable> addRanks, String conclusion) {

  public AlertDecision {
    addRanks = addRanks == null ? List.of() : List.copyOf(addRanks);
    comment = comment == null ? "" : comment.strip();
  }
}
