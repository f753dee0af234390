package org.gms.genomics.interpretation.acmg;

import java.util.List;

/**
 * The evidence applied to a variant and the criteria considered but not applied, each with its
 * reason, to be combined by an {@link AcmgClassifier}.
 */
public record Assessment(List<Evidence> evidence, List<CriterionNote> notApplied) {

  public Assessment {
    evidence = List.copyOf(evidence);
    notApplied = List.copyOf(notApplied);
  }

  public Classification classify(AcmgClassifier classifier) {
    return classifier.classify(evidence);
  }
}
