package org.gms.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the platform writes it, in lower-case hex: the checksums of imported files and panel
 * contents, the hashes of bearer tokens and classifier tables, the links of the audit chain. Every
 * Java runtime has the algorithm, so no caller handles its absence.
 */
public final class Sha256 {

  private Sha256() {}

  /** A fresh digest to feed bytes to; {@link #hex(MessageDigest)} finishes it. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Finishes the digest: the hash of all it was fed, in lower-case hex. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hash of the text's UTF-8 bytes, in lower-case hex. */
  public static String ofText(String text) {
    MessageDigest digest = digest();
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    return hex(digest);
  }
}
