package org.gms.server.insights.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Small-number suppression of a table of counts with its totals, so that no suppressed count can be
 * worked out from what is published.
 *
 * <p>Primary: every count from 1 to 4 is suppressed (0 is published). Secondary, for a table whose
 * rows and columns have totals (the last row and column of the matrix): think of each row and each
 * column as a node and each suppressed cell as an edge between its row and its column. A suppressed
 * cell can be worked out from the totals exactly when its edge is a bridge of that graph (on no
 * cycle); a cell on a cycle can move by +1 and -1 alternately around the cycle (totals taking the
 * opposite sign of their line's cells), leaving every published figure unchanged, and every
 * suppressed cell is at least 1, so both completions are possible counts. So cells are added until
 * no suppressed cell is a bridge, preferring the smallest non-zero count that closes a cycle, then
 * a rectangle of three, and as a last resort the whole table. A one-way table (one line with its
 * total) needs 0 or at least 2 suppressed cells in the line.
 */
final class Suppression {

  static final int THRESHOLD = 5;

  private Suppression() {}

  /** Whether a count is suppressed on its own (1 to 4). */
  static boolean small(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /**
   * Suppresses a line of counts whose last entry is their total.
   *
   * @param forced cells that must be suppressed whatever their value (may be null)
   */
  static boolean[] oneWay(long[] line, boolean[] forced) {
    boolean[] hidden = new boolean[line.length];
    for (int i = 0; i < line.length; i++) {
      hidden[i] = small(line[i]) || (forced != null && forced[i]);
    }
    if (count(hidden) == 1) {
      int best = -1;
      for (int i = 0; i < line.length; i++) {
        if (!hidden[i] && line[i] > 0 && (best < 0 || line[i] < line[best])) {
          best = i;
        }
      }
      if (best < 0) {
        Arrays.fill(hidden, true);
      } else {
        hidden[best] = true;
      }
    }
    return hidden;
  }

  /**
   * Suppresses a table whose last row holds the column totals and last column the row totals.
   *
   * @param forced cells that must be suppressed whatever their value (may be null)
   * @return which cells are suppressed
   */
  static boolean[][] twoWay(long[][] table, boolean[][] forced) {
    int rows = table.length;
    int cols = table[0].length;
    boolean[][] hidden = new boolean[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        hidden[r][c] = small(table[r][c]) || (forced != null && forced[r][c]);
      }
    }
    for (int guard = 0; guard < rows * cols + 1; guard++) {
      int[] bridge = firstBridge(hidden);
      if (bridge == null) {
        return hidden;
      }
      close(table, hidden, bridge[0], bridge[1]);
    }
    throw new IllegalStateException("Suppression did not settle");
  }

  /** Adds cells so that the bridge (r, c) is on a cycle. */
  private static void close(long[][] table, boolean[][] hidden, int r, int c) {
    hidden[r][c] = false;
    boolean[] reach = reachable(hidden, r); // nodes: rows 0..R-1, columns R..R+C-1
    hidden[r][c] = true;
    int rows = table.length;
    int cols = table[0].length;
    int[] best = null;
    // another row on r's side joined to column c, or another column on c's side joined to row r
    for (int r2 = 0; r2 < rows; r2++) {
      if (r2 != r && reach[r2] && !hidden[r2][c] && table[r2][c] > 0) {
        best = smaller(table, best, new int[] {r2, c});
      }
    }
    boolean[] reachC = reachableFromColumn(hidden, r, c);
    for (int c2 = 0; c2 < cols; c2++) {
      if (c2 != c && reachC[rows + c2] && !hidden[r][c2] && table[r][c2] > 0) {
        best = smaller(table, best, new int[] {r, c2});
      }
    }
    if (best != null) {
      hidden[best[0]][best[1]] = true;
      return;
    }
    long bestSum = Long.MAX_VALUE;
    int[] rectangle = null;
    for (int r2 = 0; r2 < rows; r2++) {
      for (int c2 = 0; c2 < cols; c2++) {
        if (r2 == r || c2 == c || table[r][c2] <= 0 || table[r2][c] <= 0 || table[r2][c2] <= 0) {
          continue;
        }
        long sum = table[r][c2] + table[r2][c] + table[r2][c2];
        if (sum < bestSum) {
          bestSum = sum;
          rectangle = new int[] {r2, c2};
        }
      }
    }
    if (rectangle != null) {
      hidden[r][rectangle[1]] = true;
      hidden[rectangle[0]][c] = true;
      hidden[rectangle[0]][rectangle[1]] = true;
      return;
    }
    for (boolean[] row : hidden) {
      Arrays.fill(row, true);
    }
  }

  private static int[] smaller(long[][] table, int[] a, int[] b) {
    return a == null || table[b[0]][b[1]] < table[a[0]][a[1]] ? b : a;
  }

  /** Nodes reachable from row r over suppressed cells, without the edge (r, c) removed already. */
  private static boolean[] reachable(boolean[][] hidden, int row) {
    return walk(hidden, row);
  }

  private static boolean[] reachableFromColumn(boolean[][] hidden, int r, int c) {
    hidden[r][c] = false;
    boolean[] seen = walk(hidden, hidden.length + c);
    hidden[r][c] = true;
    return seen;
  }

  private static boolean[] walk(boolean[][] hidden, int start) {
    int rows = hidden.length;
    int cols = hidden[0].length;
    boolean[] seen = new boolean[rows + cols];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(start);
    seen[start] = true;
    while (!todo.isEmpty()) {
      int node = todo.pop();
      for (int other : neighbours(hidden, node)) {
        if (!seen[other]) {
          seen[other] = true;
          todo.push(other);
        }
      }
    }
    return seen;
  }

  private static List<Integer> neighbours(boolean[][] hidden, int node) {
    int rows = hidden.length;
    int cols = hidden[0].length;
    List<Integer> out = new ArrayList<>();
    if (node < rows) {
      for (int c = 0; c < cols; c++) {
        if (hidden[node][c]) {
          out.add(rows + c);
        }
      }
    } else {
      for (int r = 0; r < rows; r++) {
        if (hidden[r][node - rows]) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * A suppressed cell on no cycle (a bridge of the row-column graph), or null; Tarjan's bridge
   * search, without recursion.
   */
  static int[] firstBridge(boolean[][] hidden) {
    int rows = hidden.length;
    int cols = hidden[0].length;
    int nodes = rows + cols;
    List<List<Integer>> adjacent = new ArrayList<>(nodes);
    for (int i = 0; i < nodes; i++) {
      adjacent.add(new ArrayList<>());
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (hidden[r][c]) {
          adjacent.get(r).add(rows + c);
          adjacent.get(rows + c).add(r);
        }
      }
    }
    int[] order = new int[nodes];
    int[] low = new int[nodes];
    int[] parent = new int[nodes];
    int[] next = new int[nodes];
    Arrays.fill(order, -1);
    int counter = 0;
    for (int root = 0; root < nodes; root++) {
      if (order[root] >= 0 || adjacent.get(root).isEmpty()) {
        continue;
      }
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(root);
      parent[root] = -1;
      order[root] = low[root] = counter++;
      while (!stack.isEmpty()) {
        int node = stack.peek();
        if (next[node] < adjacent.get(node).size()) {
          int other = adjacent.get(node).get(next[node]++);
          if (order[other] < 0) {
            parent[other] = node;
            order[other] = low[other] = counter++;
            stack.push(other);
          } else if (other != parent[node]) {
            low[node] = Math.min(low[node], order[other]);
          }
        } else {
          stack.pop();
          int up = parent[node];
          if (up >= 0) {
            low[up] = Math.min(low[up], low[node]);
            if (low[node] > order[up]) {
              return up < rows ? new int[] {up, node - rows} : new int[] {node, up - rows};
            }
          }
        }
      }
    }
    return null;
  }

  private static int count(boolean[] cells) {
    int n = 0;
    for (boolean b : cells) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
