package org.gms.server.trials;

import java.time.Instant;
import java.util.List;

/** A trial in the registry, as lists show it. */
public record TrialSummary(
    String id,
    String title,
    String source,
    String status,
    boolean open,
    String phase,
    int arms,
    int openArms,
    List<String> conditions,
    Instant importedAt) {

  public TrialSummary {
    conditions = List.copyOf(conditions);
  }
}
