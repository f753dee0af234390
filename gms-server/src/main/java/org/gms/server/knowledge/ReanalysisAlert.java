package org.gms.server.knowledge;

import java.time.Instant;
import org.gms.server.record.NhsNumber;

/**
 * A knowledge change that could change a case's interpretation, for the laboratory that reported
 * it.
 *
 * @param rule the rule that raised it (see {@link AlertRule})
 * @param variantKey the variant's key for a variant rule, else null
 * @param gene the gene concerned
 * @param reason one line a scientist reads
 * @param oldEvidence what the case's report (or the previous knowledge) said
 * @param newEvidence what the new knowledge says
 * @param knowledgeVersion the version that raised it
 * @param decision the scientist's reason (dismissed) or what was issued (accepted)
 */
public record ReanalysisAlert(
    long id,
    String laboratory,
    long orderId,
    NhsNumber patient,
    AlertRule rule,
    String variantKey,
    String gene,
    String reason,
    String oldEvidence,
    String newEvidence,
    long knowledgeVersion,
    String knowledgeLabel,
    AlertState state,
    String decidedBy,
    Instant decidedAt,
    String decision,
    Instant createdAt) {

  /** Where an alert is: open until a scientist accepts or dismisses it. */
  public enum AlertState {
    OPEN,
    ACCEPTED,
    DISMISSED
  }
}
