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

  Integer[] boxed() {
    Integer[] out = new Integer[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i];
    }
    return out;
  }
}
