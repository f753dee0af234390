package org.gms.server.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of one audit event: SHA-256 over its fields and the previous event's hash. */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      String detail,
      String prevHash) {
    // Length-prefixed fields: no choice of field values can make two different events collide.
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(seq), at.toString(), actor, action, entityType, entityId, detail, prevHash
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
