package org.gms.server.audit.internal;

import org.gms.server.Sha256;
import org.gms.server.audit.AuditEvent;

/** The hash of one audit event: SHA-256 over its fields and the previous event's hash. */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The hash of an event's content (time, actor, action, entity and detail) at place {@code seq} of
   * the chain, after the event whose hash is {@code prevHash}; the event's own seq, prevHash and
   * hash are not read.
   */
  static String hash(AuditEvent event, long seq, String prevHash) {
    // Length-prefixed fields: no choice of field values can make two different events collide.
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(seq),
          event.at().toString(),
          event.actor(),
          event.action(),
          event.entityType(),
          event.entityId(),
          event.detail(),
          prevHash
        }) {
      canonical.append(field.length()).append(':').append(field).append('|');
    }
    return Sha256.ofText(canonical.toString());
  }
}
