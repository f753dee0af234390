package org.gms.genomics.cancer.knowledge;

import java.util.List;

/** A CIViC variant a finding met, how, and its evidence. */
public record CivicMatch(CivicVariant variant, MatchKind kind, List<CivicEvidence> evidence) {
  public CivicMatch {
    evidence = List.copyOf(evidence);
  }
}
