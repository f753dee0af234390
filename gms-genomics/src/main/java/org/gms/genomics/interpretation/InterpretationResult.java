package org.gms.genomics.interpretation;

import java.util.List;
import org.gms.genomics.interpretation.inheritance.ParentageCheck;

/**
 * The outcome of interpreting one family: the filter funnel, the parentage check, and the
 * candidates ranked and tiered.
 *
 * @param input the number of candidate variants given
 */
public record InterpretationResult(
    String proband,
    String scope,
    String guideline,
    int input,
    List<FilterStep> funnel,
    ParentageCheck parentage,
    List<RankedCandidate> candidates) {

  public InterpretationResult {
    funnel = List.copyOf(funnel);
    candidates = List.copyOf(candidates);
  }

  public List<RankedCandidate> tier(Tier tier) {
    return candidates.stream().filter(c -> c.tier() == tier).toList();
  }
}
