package org.gms.server.research.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Research ids: HMAC-SHA256 of the NHS number under a key made once per platform and kept in the
 * database, away from the research view. The same patient always gets the same id; without the key
 * the id cannot be linked back.
 */
@Component
class Pseudonyms {

  private final JdbcClient jdbc;
  private volatile byte[] key;

  /** Ids already computed (the key never changes once made), up to {@value #CACHED} of them. */
  private final java.util.concurrent.ConcurrentHashMap<NhsNumber, String> known =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHED = 1_000_000;

  Pseudonyms(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String of(NhsNumber patient) {
    String id = known.get(patient);
    if (id == null) {
      id = hmac(patient);
      if (known.size() < CACHED) {
        known.put(patient, id);
      }
    }
    return id;
  }

  private String hmac(NhsNumber patient) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] digest = mac.doFinal(patient.value().getBytes(StandardCharsets.US_ASCII));
      return "R" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private byte[] key() {
    if (key == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      jdbc.sql("INSERT INTO research_key (id, secret) VALUES (1, :secret) ON CONFLICT DO NOTHING")
          .param("secret", fresh)
          .update();
      key = jdbc.sql("SELECT secret FROM research_key WHERE id = 1").query(byte[].class).single();
    }
    return key;
  }
}
