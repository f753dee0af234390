package org.gms.server.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gms.server.audit.AuditSettings;
import org.gms.server.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anchors the head of the audit chain outside the database. A random key, kept in a file only its
 * owner can read, MACs (HMAC-SHA256) checkpoints, each naming an event's position and hash, that
 * are appended to a file of the database's own (named after the database's identity) each time
 * events are linked, and logged. Someone who can change the database but not read the key can
 * neither remove the tail of the chain (the last checkpoint names an event that is then missing)
 * nor rewrite it, even re-computing every hash (a checkpoint names another hash).
 */
@Component
class AuditAnchor {

  private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** One checkpoint as read back: the line it was on and whether its MAC is right. */
  record Checkpoint(int line, long seq, String hash, boolean authentic) {}

  private final Path directory;
  private final JdbcClient jdbc;
  private byte[] key;
  private String databaseId;
  private boolean keyCreatedNow;

  AuditAnchor(AuditSettings settings, DatabaseSettings database, JdbcClient jdbc) {
    this.directory =
        (settings.anchorDir() != null ? settings.anchorDir() : database.dataDir().resolve("audit"))
            .toAbsolutePath()
            .normalize();
    this.jdbc = jdbc;
  }

  Path directory() {
    return directory;
  }

  /** This database's checkpoint file. */
  synchronized Path file() {
    return directory.resolve("checkpoints-" + databaseId() + ".log");
  }

  /**
   * Appends a checkpoint for the event just linked. A missing file is created only while the chain
   * has nothing before this batch, or when the key was made just now (a chain kept before anchors
   * existed is adopted at its current head); otherwise the file was removed, which is left for
   * verification to report rather than hidden by a new file.
   */
  synchronized void checkpoint(long seq, String hash, long linkedBefore) {
    Path file = file();
    byte[] secret = key();
    if (!Files.exists(file) && linkedBefore > 0 && !keyCreatedNow) {
      LOG.error(
          "Audit checkpoint file {} is missing while the chain has {} events: not re-creating it;"
              + " ./gms audit verify reports this.",
          file,
          linkedBefore);
      return;
    }
    String line = seq + " " + hash + " " + mac(secret, seq, hash) + "\n";
    try (FileChannel out =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
      out.force(false);
      ownerOnly(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append the audit checkpoint to " + file, e);
    }
    keyCreatedNow = false;
    LOG.info("Audit checkpoint {}", line.strip());
  }

  /**
   * Adopts a chain kept before it was anchored: when the key has just been made and this database
   * has no checkpoint file, its current head becomes the first checkpoint.
   */
  synchronized void adoptIfNew(long seq, String hash) {
    key();
    if (keyCreatedNow && !Files.exists(file()) && seq > 0) {
      checkpoint(seq, hash, seq);
    }
  }

  /** The checkpoints of this database, in file order; empty if there is no file. */
  synchronized Optional<List<Checkpoint>> checkpoints() {
    Path file = file();
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] secret = key();
    List<Checkpoint> checkpoints = new ArrayList<>();
    try {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        number++;
        String[] parts = line.strip().split(" ");
        long seq;
        try {
          seq = parts.length == 3 ? Long.parseLong(parts[0]) : -1;
        } catch (NumberFormatException e) {
          seq = -1;
        }
        boolean authentic =
            seq >= 0
                && MessageDigest.isEqual(
                    mac(secret, seq, parts[1]).getBytes(StandardCharsets.US_ASCII),
                    parts[2].getBytes(StandardCharsets.US_ASCII));
        checkpoints.add(new Checkpoint(number, seq, parts.length > 1 ? parts[1] : "", authentic));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit checkpoints in " + file, e);
    }
    return Optional.of(checkpoints);
  }

  /** Whether the key file can be read by others than its owner (a problem to report). */
  boolean keyExposed() {
    Path keyFile = directory.resolve("audit.key");
    try {
      return Files.exists(keyFile)
          && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(keyFile));
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  private String databaseId() {
    if (databaseId == null) {
      databaseId = jdbc.sql("SELECT database_id FROM audit_anchor").query(String.class).single();
    }
    return databaseId;
  }

  private byte[] key() {
    if (key != null) {
      return key;
    }
    Path keyFile = directory.resolve("audit.key");
    try {
      Files.createDirectories(directory);
      if (!Files.exists(keyFile)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path partial = Files.createTempFile(directory, "audit.key", ".part");
        ownerOnly(partial);
        Files.writeString(partial, HexFormat.of().formatHex(fresh) + "\n");
        Files.move(partial, keyFile);
        keyCreatedNow = true;
        LOG.info("Audit anchor key created in {}", keyFile);
      }
      key = HexFormat.of().parseHex(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or create the audit anchor key "
              + keyFile
              + ": check the directory is writable by the server (set gms.audit.anchor-dir)",
          e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: rely on the directory's access control
    }
  }

  private String mac(byte[] secret, long seq, String hash) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              hmac.doFinal(
                  (databaseId() + ":" + seq + ":" + hash).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
