package org.gms.genomics.pgx.definition;

import java.util.List;
import java.util.Set;

/**
 * A curated choice between diplotypes that unphased data cannot tell apart: when exactly {@code
 * candidates} are the top calls, the definitions say to report {@code pick}.
 *
 * @param candidates the diplotype names, each {@code A/B}
 * @param pick the one to report
 */
public record DiplotypePriority(Set<String> candidates, String pick) {

  public DiplotypePriority {
    candidates = Set.copyOf(candidates);
    if (!candidates.contains(pick)) {
      throw new IllegalArgumentException("Priority pick " + pick + " is not among " + candidates);
    }
  }

  static DiplotypePriority of(List<String> candidates, String pick) {
    return new DiplotypePriority(Set.copyOf(candidates), pick);
  }
}
