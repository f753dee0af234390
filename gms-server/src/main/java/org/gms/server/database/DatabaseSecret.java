package org.gms.server.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's password: generated once (256 random bits), kept in the data directory in a
 * file only its owner may read or write, never printed.
 */
final class DatabaseSecret {

  static final String FILE_NAME = "database-secret";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private DatabaseSecret() {}

  /** The secret of the data directory, created on first use. */
  static String loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Path temporary = dataDir.resolve(FILE_NAME + ".new");
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary);
      Files.writeString(temporary, secret + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(temporary);
      }
    }
    restrict(file);
    String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (secret.length() < 20 || !secret.matches("[A-Za-z0-9_-]+")) {
      throw new DatabaseStartException(
          "The database secret in "
              + file
              + " is not one GMS wrote (it should be one line of at least 20 letters, digits, '-'"
              + " or '_'). Restore the file from your backup of the data directory; without it the"
              + " embedded database cannot be opened.");
    }
    return secret;
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: its own access control applies
    }
  }

  /** Makes the file readable and writable by its owner only, as it must stay. */
  private static void restrict(Path file) throws IOException {
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
