package org.gms.genomics.cancer.actionability;

import java.util.List;
import org.gms.genomics.cancer.knowledge.MatchKind;
import org.gms.genomics.cancer.tumourtype.TypeMatch;

/**
 * One piece of clinical evidence for a finding: a therapy's response (predictive) or a
 * diagnostic/prognostic statement, with its level, disease, how the disease and the variant
 * matched, the tier it supports and the citation.
 *
 * @param therapies the therapy names (a combination when the interaction says so); empty for
 *     diagnostic/prognostic evidence
 * @param response e.g. {@code Sensitivity/Response}, {@code Resistance}, {@code Poor Outcome}
 */
public record ClinicalEvidence(
    String type,
    List<String> therapies,
    String therapyInteraction,
    String response,
    String level,
    String disease,
    TypeMatch typeMatch,
    MatchKind matchKind,
    String knowledgeVariant,
    AmpTier tier,
    String citation,
    String url) {

  public ClinicalEvidence {
    therapies = List.copyOf(therapies);
  }

  /** The therapy as written in a report: a combination joined by {@code +}. */
  public String therapy() {
    return String.join(
        therapyInteraction.equalsIgnoreCase("Combination") ? " + " : " / ", therapies);
  }
}
