package org.gms.server.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain.
 *
 * @param events how many events were checked
 * @param firstBrokenSeq the first event whose hash or link does not match, if any
 * @param problem what is wrong with it
 */
public record AuditVerification(long events, Optional<Long> firstBrokenSeq, String problem) {

  public boolean intact() {
    return firstBrokenSeq.isEmpty();
  }

  @Override
  public String toString() {
    return intact()
        ? "Audit log intact: " + events + " events, hash chain verified."
        : "Audit log BROKEN at event " + firstBrokenSeq.get() + ": " + problem;
  }
}
