package org.gms.server.insights.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which suppressed cells of a year's request tables ({@link YearTables}) can still be worked out
 * when all of them are read together. Each table is safe on its own by the cycle argument of {@link
 * Suppression#twoWay}, but the month totals (the last column of every table, and the totals line)
 * are the same figures everywhere: a month total suppressed in several tables joins their
 * equations, and a cell safe in each table alone may be determined by all of them (a case the
 * suppression property test found). This check writes the attacker's equations (every row and
 * column adds up; a month total is one unknown in every table) over the suppressed cells linked to
 * a suppressed month total, and a cell is recoverable exactly when its unit vector lies in their
 * row space (reduced row echelon form: its pivot row has no other entry).
 */
final class JointDisclosure {

  /** A suppressed cell: its table's key, row and column. */
  record Cell(Object table, int row, int column) {}

  private JointDisclosure() {}

  /**
   * The suppressed cells that the published tables together determine, among those joined to a
   * suppressed month total (the others are decided by their own table).
   */
  static List<Cell> recoverable(Map<Object, YearTables.Table> published) {
    Map<Object, Integer> unknowns = new LinkedHashMap<>();
    List<Cell> cells = new ArrayList<>();
    List<int[][]> equations = new ArrayList<>(); // each: {unknown indexes}, {signs}
    for (Map.Entry<Object, YearTables.Table> e : published.entrySet()) {
      YearTables.Table t = e.getValue();
      int rows = t.counts().length;
      int cols = t.counts()[0].length;
      for (int r = 0; r < rows; r++) {
        if (cols > 1) {
          equations.add(line(unknowns, cells, e.getKey(), t, r, -1, cols));
        }
      }
      for (int c = 0; c < cols; c++) {
        equations.add(line(unknowns, cells, e.getKey(), t, -1, c, rows));
      }
    }
    int n = unknowns.size();
    if (n == 0) {
      return List.of();
    }
    // the unknowns joined, through the equations, to a suppressed month total
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[][] eq : equations) {
      for (int k = 1; k < eq[0].length; k++) {
        parent[find(parent, eq[0][k])] = find(parent, eq[0][0]);
      }
    }
    boolean[] joined = new boolean[n];
    for (Map.Entry<Object, Integer> u : unknowns.entrySet()) {
      if (u.getKey() instanceof MonthTotal) {
        joined[find(parent, u.getValue())] = true;
      }
    }
    List<Integer> columns = new ArrayList<>();
    Map<Integer, Integer> column = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (joined[find(parent, i)]) {
        column.put(i, columns.size());
        columns.add(i);
      }
    }
    if (columns.isEmpty()) {
      return List.of();
    }
    List<double[]> matrix = new ArrayList<>();
    for (int[][] eq : equations) {
      if (eq[0].length > 0 && column.containsKey(eq[0][0])) {
        double[] row = new double[columns.size()];
        for (int k = 0; k < eq[0].length; k++) {
          row[column.get(eq[0][k])] += eq[1][k];
        }
        matrix.add(row);
      }
    }
    List<Cell> found = new ArrayList<>();
    for (int j : determined(matrix, columns.size())) {
      found.add(cells.get(columns.get(j)));
    }
    return found;
  }

  /** The month total of row {@code row}: one unknown in every table. */
  private record MonthTotal(int row) {}

  /**
   * One equation of a table: row {@code r} (with {@code c} = -1) or column {@code c} adds up to its
   * last cell; the suppressed cells with +1, the total with -1.
   */
  private static int[][] line(
      Map<Object, Integer> unknowns,
      List<Cell> cells,
      Object key,
      YearTables.Table t,
      int r,
      int c,
      int length) {
    List<Integer> index = new ArrayList<>();
    List<Integer> sign = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      int row = r >= 0 ? r : i;
      int col = c >= 0 ? c : i;
      if (t.hidden()[row][col]) {
        int cols = t.counts()[0].length;
        Object name = col == cols - 1 ? new MonthTotal(row) : new Cell(key, row, col);
        Integer at = unknowns.get(name);
        if (at == null) {
          at = unknowns.size();
          unknowns.put(name, at);
          cells.add(new Cell(key, row, col));
        }
        index.add(at);
        sign.add(i == length - 1 ? -1 : 1);
      }
    }
    return new int[][] {
      index.stream().mapToInt(Integer::intValue).toArray(),
      sign.stream().mapToInt(Integer::intValue).toArray()
    };
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The columns whose unit vector lies in the rows' span (small integer coefficients). */
  static List<Integer> determined(List<double[]> rows, int n) {
    double[][] m = rows.toArray(double[][]::new);
    int[] pivotOf = new int[m.length];
    int rank = 0;
    for (int col = 0; col < n && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9
            && (pivot < 0 || Math.abs(m[r][col]) > Math.abs(m[pivot][col]))) {
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      double p = m[rank][col];
      for (int k = col; k < n; k++) {
        m[rank][k] /= p;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-12) {
          double f = m[r][col];
          for (int k = col; k < n; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      pivotOf[rank] = col;
      rank++;
    }
    List<Integer> determined = new ArrayList<>();
    for (int r = 0; r < rank; r++) {
      boolean alone = true;
      for (int k = 0; k < n && alone; k++) {
        alone = k == pivotOf[r] || Math.abs(m[r][k]) < 1e-9;
      }
      if (alone) {
        determined.add(pivotOf[r]);
      }
    }
    return determined;
  }
}
