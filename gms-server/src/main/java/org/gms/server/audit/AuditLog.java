package org.gms.server.audit;

/** Records and checks the audit trail. Every feature records reads and changes of patient data. */
public interface AuditLog {

  /**
   * Appends an event for the current user (the authenticated principal, or {@code system} when no
   * one is logged in, as during start-up imports).
   */
  AuditEvent record(String action, String entityType, String entityId, String detail);

  /** Appends an event for a named actor (used where no security context exists, e.g. logins). */
  AuditEvent recordAs(
      String actor, String action, String entityType, String entityId, String detail);

  /** Re-computes the hash chain from the first event to the last. */
  AuditVerification verify();
}
