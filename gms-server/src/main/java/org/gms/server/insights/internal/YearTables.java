package org.gms.server.insights.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's published request counts, suppressed together: one table per dimension (12 months by the
 * dimension's values, with month totals as the last column and value totals as the last row), and
 * the service's month totals on their own. The month totals and the year's total are the same
 * figures in every table, so a total suppressed in one is suppressed in all, and every table is
 * suppressed again until none changes; then, read together, no suppressed cell may be determined
 * ({@link JointDisclosure}), or one more cell beside it is hidden and all is suppressed again.
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
    Map<Object, boolean[][]> extra = new LinkedHashMap<>();
    for (Map.Entry<?, long[][]> e : inner.entrySet()) {
      long[][] t = withTotals(e.getValue(), line);
      full.put(e.getKey(), t);
      extra.put(e.getKey(), new boolean[t.length][t[0].length]);
    }
    boolean[] months = new boolean[MONTHS + 1];
    int cells = MONTHS + 1;
    for (long[][] t : full.values()) {
      cells += t.length * t[0].length;
    }
    // each round hides more cells; should one not, the next hides everything
    for (int round = 0; round <= cells; round++) {
      Map<Object, Table> out = settle(full, line, extra, months);
      List<JointDisclosure.Cell> recoverable = JointDisclosure.recoverable(out);
      if (recoverable.isEmpty()) {
        return out;
      }
      for (JointDisclosure.Cell cell : recoverable) {
        hideAnother(out, cell, extra, months);
      }
    }
    extra.values().forEach(t -> Arrays.stream(t).forEach(row -> Arrays.fill(row, true)));
    Arrays.fill(months, true);
    return settle(full, line, extra, months);
  }

  /**
   * Hides one more cell beside a recoverable one: the smallest count shown in its row, else in its
   * column, else its month total (and every cell of its table when nothing is left to hide).
   */
  private static void hideAnother(
      Map<Object, Table> out,
      JointDisclosure.Cell cell,
      Map<Object, boolean[][]> extra,
      boolean[] months) {
    Table t = out.get(cell.table());
    int last = t.counts()[0].length - 1;
    if (cell.table() == null || cell.column() == last) {
      // a month total: hide the smallest month total still shown
      int best = -1;
      for (int m = 0; m < MONTHS; m++) {
        if (!t.hidden()[m][last] && (best < 0 || t.counts()[m][last] < t.counts()[best][last])) {
          best = m;
        }
      }
      if (best >= 0 || !t.hidden()[MONTHS][last]) {
        months[best < 0 ? MONTHS : best] = true;
      } else {
        // every total is hidden already: hide the month's cells in every table
        for (boolean[][] cells : extra.values()) {
          Arrays.fill(cells[cell.row()], true);
        }
      }
      return;
    }
    int[] best = null;
    for (int c = 0; c < last; c++) {
      best = smaller(t, best, cell.row(), c);
    }
    if (best == null) {
      for (int r = 0; r < MONTHS; r++) {
        best = smaller(t, best, r, cell.column());
      }
    }
    if (best != null) {
      extra.get(cell.table())[best[0]][best[1]] = true;
    } else if (!t.hidden()[cell.row()][last]) {
      months[cell.row()] = true;
    } else {
      for (boolean[] row : extra.get(cell.table())) {
        Arrays.fill(row, true);
      }
    }
  }

  /** The cell (r, c) when it is shown and smaller than {@code best}, else {@code best}. */
  private static int[] smaller(Table t, int[] best, int r, int c) {
    if (t.hidden()[r][c]) {
      return best;
    }
    return best == null || t.counts()[r][c] < t.counts()[best[0]][best[1]]
        ? new int[] {r, c}
        : best;
  }

  /**
   * Suppresses every table and the month totals line until the month totals hidden in one are
   * hidden in all.
   */
  private static Map<Object, Table> settle(
      Map<Object, long[][]> full, long[] line, Map<Object, boolean[][]> extra, boolean[] months) {
    boolean[] forced = months.clone();
    while (true) {
      Map<Object, Table> out = new LinkedHashMap<>();
      boolean[] lineHidden = Suppression.oneWay(line, forced);
      boolean[] union = lineHidden.clone();
      for (Map.Entry<Object, long[][]> e : full.entrySet()) {
        long[][] t = e.getValue();
        int last = t[0].length - 1;
        boolean[][] force = new boolean[MONTHS + 1][];
        for (int m = 0; m <= MONTHS; m++) {
          force[m] = extra.get(e.getKey())[m].clone();
          force[m][last] |= forced[m] || lineHidden[m];
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
