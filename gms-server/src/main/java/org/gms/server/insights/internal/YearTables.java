package org.gms.server.insights.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year's published request counts, suppressed together: one table per dimension (12 months by the
 * dimension's values, with month totals as the last column and value totals as the last row), and
 * the service's month totals on their own. The month totals and the year's total are the same
 * figures in every table, so a total suppressed in one is suppressed in all, and every table is
 * suppressed again until none changes.
 */
final class YearTables {

  static final int MONTHS = 12;

  /** A table with its totals and which cells are suppressed. */
  record Table(long[][] counts, boolean[][] hidden) {}

  private YearTables() {}

  /**
   * @param inner per dimension, requests as [month][value] (12 rows); every table must have the
   *     same month totals
   * @return per dimension the table with totals added (13 rows, values + 1 columns) and suppressed;
   *     and under key null the month totals as a 13 by 1 table
   */
  static Map<Object, Table> suppress(Map<?, long[][]> inner, long[] monthTotals) {
    long[] line = Arrays.copyOf(monthTotals, MONTHS + 1);
    line[MONTHS] = Arrays.stream(monthTotals).sum();
    Map<Object, long[][]> full = new LinkedHashMap<>();
    for (Map.Entry<?, long[][]> e : inner.entrySet()) {
      full.put(e.getKey(), withTotals(e.getValue(), line));
    }
    boolean[] forced = new boolean[MONTHS + 1];
    while (true) {
      Map<Object, Table> out = new LinkedHashMap<>();
      boolean[] lineHidden = Suppression.oneWay(line, forced);
      boolean[] union = lineHidden.clone();
      for (Map.Entry<Object, long[][]> e : full.entrySet()) {
        long[][] t = e.getValue();
        int last = t[0].length - 1;
        boolean[][] force = new boolean[MONTHS + 1][last + 1];
        for (int m = 0; m <= MONTHS; m++) {
          force[m][last] = forced[m] || lineHidden[m];
        }
        boolean[][] hidden = Suppression.twoWay(t, force);
        for (int m = 0; m <= MONTHS; m++) {
          union[m] |= hidden[m][last];
        }
        out.put(e.getKey(), new Table(t, hidden));
      }
      boolean changed = false;
      for (int m = 0; m <= MONTHS; m++) {
        if (union[m] && !(forced[m] || lineHidden[m])) {
          changed = true;
        }
      }
      boolean stable = !changed;
      for (Table t : out.values()) {
        int last = t.counts()[0].length - 1;
        for (int m = 0; m <= MONTHS; m++) {
          stable &= t.hidden()[m][last] == union[m];
        }
      }
      stable &= Arrays.equals(lineHidden, union);
      if (stable) {
        long[][] column = new long[MONTHS + 1][1];
        boolean[][] columnHidden = new boolean[MONTHS + 1][1];
        for (int m = 0; m <= MONTHS; m++) {
          column[m][0] = line[m];
          columnHidden[m][0] = union[m];
        }
        out.put(null, new Table(column, columnHidden));
        return out;
      }
      forced = union;
    }
  }

  /** The same tables with nothing suppressed (for managers, never published). */
  static Map<Object, Table> shown(Map<?, long[][]> inner, long[] monthTotals) {
    long[] line = Arrays.copyOf(monthTotals, MONTHS + 1);
    line[MONTHS] = Arrays.stream(monthTotals).sum();
    Map<Object, Table> out = new LinkedHashMap<>();
    for (Map.Entry<?, long[][]> e : inner.entrySet()) {
      long[][] t = withTotals(e.getValue(), line);
      out.put(e.getKey(), new Table(t, new boolean[t.length][t[0].length]));
    }
    long[][] column = new long[MONTHS + 1][1];
    for (int m = 0; m <= MONTHS; m++) {
      column[m][0] = line[m];
    }
    out.put(null, new Table(column, new boolean[MONTHS + 1][1]));
    return out;
  }

  private static long[][] withTotals(long[][] inner, long[] line) {
    int values = inner.length == 0 ? 0 : inner[0].length;
    long[][] t = new long[MONTHS + 1][values + 1];
    for (int m = 0; m < MONTHS; m++) {
      long sum = 0;
      for (int v = 0; v < values; v++) {
        t[m][v] = inner[m][v];
        t[MONTHS][v] += inner[m][v];
        sum += inner[m][v];
      }
      if (sum != line[m]) {
        throw new IllegalArgumentException(
            "Month "
                + (m + 1)
                + " adds up to "
                + sum
                + " in one table and "
                + line[m]
                + " overall");
      }
      t[m][values] = sum;
    }
    t[MONTHS][values] = line[MONTHS];
    return t;
  }
}
