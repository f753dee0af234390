package org.gms.server.insights.internal;

import java.util.Arrays;

/**
 * Whole-day durations counted by day: element d counts durations of d days, the last element
 * durations of {@link #CAP} days or more (percentiles that fall there are reported as at least
 * {@code CAP}).
 */
final class Histogram {

  static final int CAP = 730;

  private int[] counts = new int[0];

  void add(int days) {
    add(days, 1);
  }

  void add(int days, int n) {
    int d = Math.min(Math.max(days, 0), CAP);
    if (d >= counts.length) {
      counts = Arrays.copyOf(counts, d + 1);
    }
    counts[d] += n;
  }

  void addAll(int[] other) {
    for (int d = 0; d < other.length; d++) {
      if (other[d] != 0) {
        add(d, other[d]);
      }
    }
  }

  long[] counts() {
    long[] out = new long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i];
    }
    return out;
  }

  long n() {
    long n = 0;
    for (int c : counts) {
      n += c;
    }
    return n;
  }

  /**
   * The non-zero elements as pairs: day, count, day, count, ... in day order (as stored: a month's
   * histogram of one value is mostly zeros, so pairs are several times shorter to store, read and
   * add than the dense array).
   */
  Integer[] sparse() {
    int n = 0;
    for (int c : counts) {
      n += c != 0 ? 1 : 0;
    }
    Integer[] out = new Integer[2 * n];
    int k = 0;
    for (int d = 0; d < counts.length; d++) {
      if (counts[d] != 0) {
        out[k++] = d;
        out[k++] = counts[d];
      }
    }
    return out;
  }

  /** Adds a histogram written by {@link #sparse()}. */
  void addSparse(int[] pairs) {
    if (pairs.length > 0) {
      int last = Math.min(pairs[pairs.length - 2], CAP);
      if (last >= counts.length) {
        counts = Arrays.copyOf(counts, last + 1);
      }
    }
    for (int i = 0; i < pairs.length; i += 2) {
      counts[Math.min(pairs[i], CAP)] += pairs[i + 1];
    }
  }
}
