package org.gms.server.database;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small shell process started beside the embedded PostgreSQL that stops it (fast shutdown) within
 * a second or two of the platform's JVM dying without closing it (kill -9, out of memory), so the
 * server never outlives its platform for long. It stops only the server it was started for: the pid
 * in {@code postmaster.pid} must still be that one. After a normal stop it finds the server gone
 * and exits.
 */
final class Watchdog {

  private static final String SCRIPT =
      "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
          + "if [ \"$(head -n 1 \"$3\" 2>/dev/null)\" = \"$2\" ]; then kill -INT \"$2\"; fi";

  private Watchdog() {}

  static Process start(long postmasterPid, Path pgDir) throws IOException {
    return start(ProcessHandle.current().pid(), postmasterPid, pgDir);
  }

  /** Watches {@code ownerPid}: when that process is gone, stops the server. */
  static Process start(long ownerPid, long postmasterPid, Path pgDir) throws IOException {
    return new ProcessBuilder(
            "sh",
            "-c",
            SCRIPT,
            "gms-postgres-watchdog",
            Long.toString(ownerPid),
            Long.toString(postmasterPid),
            pgDir.resolve("postmaster.pid").toString())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectErrorStream(true)
        .start();
  }
}
