package org.gms.server.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data directory by a platform that died (kill -9, out of memory,
 * a container stop): found through its {@code postmaster.pid} and stopped with a fast shutdown (it
 * rolls back open transactions and writes a checkpoint), so that the next start owns the directory.
 * A directory still in use by a live platform (it holds the lock file) is left alone.
 */
final class PreviousServer {

  /** The lock file the embedded server library holds while its server runs. */
  static final String LOCK_FILE = "epg-lock";

  private PreviousServer() {}

  /** Stops the previous run's server if one is running; returns its process id if it was. */
  static OptionalLong stopIfRunning(Path pgDir) throws IOException, InterruptedException {
    Path pidFile = pgDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return OptionalLong.empty();
    }
    try (FileChannel channel =
        FileChannel.open(
            pgDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DatabaseStartException(
            "The embedded database in "
                + pgDir
                + " is in use by another GMS process that is still running. Stop that process"
                + " first (or start this one with --data-dir on another directory).");
      }
      try {
        Optional<ProcessHandle> postmaster = postmaster(pidFile, pgDir);
        if (postmaster.isEmpty()) {
          return OptionalLong.empty(); // a stale file: PostgreSQL removes it itself
        }
        long pid = postmaster.get().pid();
        stop(postmaster.get());
        return OptionalLong.of(pid);
      } finally {
        lock.release();
      }
    }
  }

  /** The live PostgreSQL process the pid file names for this directory, if any. */
  static Optional<ProcessHandle> postmaster(Path pidFile, Path pgDir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    long pid = Long.parseLong(lines.get(0).strip());
    if (!sameDirectory(Path.of(lines.get(1).strip()), pgDir)) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
  }

  private static boolean sameDirectory(Path named, Path pgDir) {
    try {
      return Files.isSameFile(named, pgDir);
    } catch (IOException e) {
      return false;
    }
  }

  /** Fast shutdown (SIGINT); immediate (SIGQUIT) if that takes more than a minute. */
  private static void stop(ProcessHandle postmaster) throws IOException, InterruptedException {
    signal("INT", postmaster.pid());
    if (awaitExit(postmaster, 60)) {
      return;
    }
    signal("QUIT", postmaster.pid());
    if (!awaitExit(postmaster, 30)) {
      throw new DatabaseStartException(
          "The embedded PostgreSQL of a previous run (pid "
              + postmaster.pid()
              + ") is still running and did not stop when asked. Stop it (kill "
              + postmaster.pid()
              + ") and start GMS again.");
    }
  }

  static void signal(String signal, long pid) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return !process.isAlive();
  }
}
