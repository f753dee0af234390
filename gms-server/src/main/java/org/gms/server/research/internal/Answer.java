package org.gms.server.research.internal;

import org.gms.server.research.ResearchView;

/**
 * What a Beacon answer gives after small-count suppression: an aggregate about fewer than {@value
 * ResearchView#SMALLEST_COUNT} individuals is given as a boolean only, whatever was granted. One
 * rule for both entry types, so variants and individuals cannot drift apart.
 *
 * @param granularity what is given
 * @param granted what the caller was granted (and the request summary reports)
 */
record Answer(Granularity granularity, Granularity granted, boolean exists, boolean suppressed) {

  static Answer of(Granularity granted, int individuals) {
    boolean suppressed =
        granted != Granularity.BOOLEAN
            && individuals > 0
            && individuals < ResearchView.SMALLEST_COUNT;
    return new Answer(
        suppressed ? Granularity.BOOLEAN : granted, granted, individuals > 0, suppressed);
  }

  /** The count for the audit log: suppressed counts are not written there either. */
  String audited(int individuals) {
    return suppressed ? "fewer than " + ResearchView.SMALLEST_COUNT : String.valueOf(individuals);
  }
}
