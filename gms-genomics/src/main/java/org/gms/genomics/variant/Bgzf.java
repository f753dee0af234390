package org.gms.genomics.variant;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Facts of the BGZF format (SAM/BAM specification, section 4.1): a series of gzip members of at
 * most 64 KiB, each with a {@code BC} extra field giving the member's size, ended by a fixed empty
 * member that marks the end of the file.
 */
final class Bgzf {

  static final int HEADER_SIZE = 18;
  static final int FOOTER_SIZE = 8;
  static final int MAX_BLOCK = 65536;

  /** Uncompressed bytes per block that always compress into one block (as htslib uses). */
  static final int MAX_PAYLOAD = 0xff00;

  static final byte[] EOF_BLOCK = {
    0x1f,
    (byte) 0x8b,
    8,
    4,
    0,
    0,
    0,
    0,
    0,
    (byte) 0xff,
    6,
    0,
    0x42,
    0x43,
    2,
    0,
    0x1b,
    0,
    3,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0
  };

  private Bgzf() {}

  /** Whether the first bytes of a file are a gzip header with the BGZF {@code BC} extra field. */
  static boolean isBgzf(byte[] start, int length) {
    return length >= HEADER_SIZE
        && isGzip(start, length)
        && (start[3] & 4) != 0
        && start[12] == 'B'
        && start[13] == 'C'
        && start[14] == 2
        && start[15] == 0;
  }

  static boolean isGzip(byte[] start, int length) {
    return length >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b;
  }

  /** Daemon worker threads, so an abandoned reader or writer never keeps the JVM alive. */
  static ExecutorService workers(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        task -> {
          Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** How many helper threads to use: the machine's cores, at least one, at most four. */
  static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }
}
