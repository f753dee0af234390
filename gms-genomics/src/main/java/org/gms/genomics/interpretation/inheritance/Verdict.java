package org.gms.genomics.interpretation.inheritance;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one segregation rule: the first contradiction decides NO; otherwise any
 * doubt makes it POSSIBLE; otherwise YES.
 */
final class Verdict {

  private final SegregationPattern pattern;
  private final List<String> contradictions = new ArrayList<>();
  private final List<String> doubts = new ArrayList<>();
  private final List<String> support = new ArrayList<>();

  Verdict(SegregationPattern pattern) {
    this.pattern = pattern;
  }

  void no(String reason) {
    contradictions.add(reason);
  }

  void possible(String reason) {
    doubts.add(reason);
  }

  void yes(String reason) {
    support.add(reason);
  }

  boolean contradicted() {
    return !contradictions.isEmpty();
  }

  SegregationResult result() {
    if (!contradictions.isEmpty()) {
      return new SegregationResult(pattern, Fit.NO, contradictions.get(0));
    }
    if (!doubts.isEmpty()) {
      return new SegregationResult(pattern, Fit.POSSIBLE, String.join("; ", doubts));
    }
    return new SegregationResult(
        pattern, Fit.YES, support.isEmpty() ? "consistent" : String.join("; ", support));
  }
}
