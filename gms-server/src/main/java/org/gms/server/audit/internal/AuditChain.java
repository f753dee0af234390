package org.gms.server.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
