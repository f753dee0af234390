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

  /**
   * Adds a histogram written by {@link #sparse()}, or several such written one after the other (a
   * day may then come more than once, in any order).
   */
  void addSparse(int[] pairs) {
    int last = -1;
    for (int i = 0; i < pairs.length; i += 2) {
      last = Math.max(last, Math.min(pairs[i], CAP));
    }
    if (last >= counts.length) {
      counts = Arrays.copyOf(counts, last + 1);
    }
    for (int i = 0; i < pairs.length; i += 2) {
      counts[Math.min(pairs[i], CAP)] += pairs[i + 1];
    }
  }

  /**
   * Parses pairs as PostgreSQL's {@code array_to_string(pairs, ',')} writes them ("3,1,12,4";
   * several joined by commas are one longer list), without boxing; null or empty is none.
   */
  static int[] parsePairs(String text) {
    if (text == null || text.isEmpty()) {
      return new int[0];
    }
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        out[k++] = value;
        value = 0;
      } else {
        value = value * 10 + (c - '0');
      }
    }
    out[k] = value;
    return out;
  }
}
