package org.gms.genomics.cancer.trial;

import java.util.List;

/**
 * Whether a case meets a criterion, and the reasons: what was met when it is, what was not when it
 * is not.
 */
public record Evaluation(boolean met, List<String> reasons) {
  public Evaluation {
    reasons = List.copyOf(reasons);
  }

  static Evaluation yes(String reason) {
    return new Evaluation(true, List.of(reason));
  }

  static Evaluation no(String reason) {
    return new Evaluation(false, List.of(reason));
  }
}
