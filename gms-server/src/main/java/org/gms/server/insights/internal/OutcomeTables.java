package org.gms.server.insights.internal;

import java.util.List;

/**
 * The year's tables of reports, suppressed together: turnaround by target group and by each equity
 * group (within target, late, reported; a row per group) and diagnostic yield by indication (with a
 * pathogenic or likely pathogenic finding, without, cases reported), each with its totals row last.
 * The turnaround tables count the same reports, so their totals rows are the same figures: a total
 * suppressed in one is suppressed in all. Every rare-disease case reported is also a report, so
 * when the yield table's grand total equals the reports' they may be the same orders: then the
 * grand total is suppressed in all the tables or in none.
 */
final class OutcomeTables {

  private OutcomeTables() {}

  /** Which cells are suppressed: [0] of the turnaround table, [1] of the yield table. */
  static boolean[][][] suppress(long[][] turnaround, long[][] yield) {
    return suppress(List.<long[][]>of(turnaround), yield);
  }

  /**
   * Which cells are suppressed: one array per turnaround table, in order, then the yield table's.
   *
   * @param turnarounds tables of the same reports by different groups (equal totals rows)
   */
  static boolean[][][] suppress(List<long[][]> turnarounds, long[][] yield) {
    int n = turnarounds.size();
    long[][] first = turnarounds.get(0);
    int tr = first.length - 1;
    int tc = first[0].length - 1;
    for (long[][] t : turnarounds) {
      if (!java.util.Arrays.equals(t[t.length - 1], first[tr])) {
        throw new IllegalArgumentException("Turnaround tables of the same reports differ in total");
      }
    }
    int yr = yield.length - 1;
    int yc = yield[0].length - 1;
    boolean linked = first[tr][tc] == yield[yr][yc];
    boolean[][][] forced = new boolean[n + 1][][];
    for (int i = 0; i < n; i++) {
      forced[i] = new boolean[turnarounds.get(i).length][tc + 1];
    }
    forced[n] = new boolean[yr + 1][yc + 1];
    while (true) {
      boolean[][][] hidden = new boolean[n + 1][][];
      for (int i = 0; i < n; i++) {
        hidden[i] = Suppression.twoWay(turnarounds.get(i), forced[i]);
      }
      hidden[n] = Suppression.twoWay(yield, forced[n]);
      boolean changed = false;
      for (int c = 0; c <= tc; c++) {
        boolean any = false;
        for (int i = 0; i < n; i++) {
          any |= hidden[i][hidden[i].length - 1][c];
        }
        if (c == tc && linked) {
          any |= hidden[n][yr][yc];
        }
        for (int i = 0; i < n; i++) {
          int last = hidden[i].length - 1;
          if (any && !hidden[i][last][c]) {
            forced[i][last][c] = true;
            changed = true;
          }
        }
        if (c == tc && linked && any && !hidden[n][yr][yc]) {
          forced[n][yr][yc] = true;
          changed = true;
        }
      }
      if (!changed) {
        return hidden;
      }
    }
  }
}
