package org.gms.server.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The bundled PostgreSQL programs, unpacked by the embedded server library into its working
 * directory under a name made from the archive's MD5 digest. The digest is taken as the library
 * reads the archive, so the programs can be run directly (single-user mode) before the server
 * starts.
 */
final class PostgresBinaries {

  /** Where the library unpacks the archive (its own default, stated so that it is known here). */
  static final File WORKING_DIRECTORY =
      new File(
          System.getProperty(
              "ot.epg.working-dir",
              new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath()));

  /** One resolver for the JVM: the library unpacks once per resolver. */
  static final PgBinaryResolver RESOLVER = new DigestingResolver();

  private static volatile String archiveDigest;

  private PostgresBinaries() {}

  /** The directory holding {@code bin/postgres}; known once the library has read the archive. */
  static Path directory() {
    if (archiveDigest == null) {
      throw new IllegalStateException("The PostgreSQL archive has not been read yet");
    }
    Path dir = WORKING_DIRECTORY.toPath().resolve("PG-" + archiveDigest);
    if (!Files.isExecutable(dir.resolve("bin").resolve("postgres"))) {
      throw new IllegalStateException("No PostgreSQL programs in " + dir);
    }
    return dir;
  }

  /**
   * The command to run one of the programs; as root, inside a user namespace as the library does
   * (PostgreSQL refuses to run as root).
   */
  static List<String> command(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(directory().resolve("bin").resolve(program).toString());
    command.addAll(List.of(arguments));
    return command;
  }

  private static final class DigestingResolver implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      InputStream archive =
          DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
      if (archive == null) {
        return null;
      }
      try {
        return new DigestInputStream(archive, MessageDigest.getInstance("MD5")) {
          private boolean closed;

          @Override
          public void close() throws IOException {
            super.close();
            if (!closed) { // the library closes it twice; digest() resets the digest
              closed = true;
              archiveDigest = HexFormat.of().formatHex(getMessageDigest().digest());
            }
          }
        };
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
