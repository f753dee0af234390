package org.gms.genomics.cancer.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** A CIViC variant a finding met, how, and its evidence. */
public record CivicMatch(CivicVariant variant, MatchKind kind, List<CivicEvidence> evidence) {
  public CivicMatch {
    evidence = List.copyOf(evidence);
  }

  /** The evidence of those matches that are the finding's own change ({@link MatchKind#EXACT}). */
  public static Stream<CivicEvidence> exactEvidence(Collection<CivicMatch> matches) {
    return matches.stream()
        .filter(m -> m.kind() == MatchKind.EXACT)
        .flatMap(m -> m.evidence().stream());
  }
}
