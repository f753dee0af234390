package org.gms.server.insights.internal;

/**
 * The year's two tables of reports, suppressed together: turnaround by target group (within target,
 * late, reported) and diagnostic yield by indication (with a pathogenic or likely pathogenic
 * finding, without, cases reported), each with its totals row last. Every rare-disease case
 * reported is also a report, so when the two grand totals are equal they may be the same orders:
 * then the grand total is suppressed in both or in neither.
 */
final class OutcomeTables {

  private OutcomeTables() {}

  /** Which cells are suppressed: [0] of the turnaround table, [1] of the yield table. */
  static boolean[][][] suppress(long[][] turnaround, long[][] yield) {
    int tr = turnaround.length - 1;
    int tc = turnaround[0].length - 1;
    int yr = yield.length - 1;
    int yc = yield[0].length - 1;
    boolean linked = turnaround[tr][tc] == yield[yr][yc];
    boolean[][] tForced = new boolean[tr + 1][tc + 1];
    boolean[][] yForced = new boolean[yr + 1][yc + 1];
    while (true) {
      boolean[][] t = Suppression.twoWay(turnaround, tForced);
      boolean[][] y = Suppression.twoWay(yield, yForced);
      if (!linked || t[tr][tc] == y[yr][yc]) {
        return new boolean[][][] {t, y};
      }
      tForced[tr][tc] = true;
      yForced[yr][yc] = true;
    }
  }
}
