/**
 * The append-only audit log: who read or changed what (user, action, entity, time), hash-chained so
 * that {@link org.gms.server.audit.AuditLog#verify()} detects any edit, insertion or deletion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.gms.server.audit;
