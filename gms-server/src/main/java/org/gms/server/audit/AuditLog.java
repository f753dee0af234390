package org.gms.server.audit;

import java.util.List;

/**
 * Records and checks the audit trail. Every feature records reads and changes of patient data.
 *
 * <p>Recording is cheap and concurrent: the event is stored in the caller's transaction (so it is
 * kept exactly when the work it describes is) and linked into the hash chain by a single writer
 * shortly after, in order. {@link #flush()} links everything recorded so far at once.
 */
public interface AuditLog {

  /**
   * Records an event for the current user (the authenticated principal, or {@code system} when no
   * one is logged in, as during start-up imports).
   */
  void record(String action, String entityType, String entityId, String detail);

  /** Records an event for a named actor (used where no security context exists, e.g. logins). */
  void recordAs(String actor, String action, String entityType, String entityId, String detail);

  /** Links every committed event into the chain now; returns how many were linked. */
  int flush();

  /** The last {@code limit} chained events, newest first. */
  List<AuditEvent> recent(int limit);

  /** Links pending events, then re-computes the hash chain from the first event to the last. */
  AuditVerification verify();
}
