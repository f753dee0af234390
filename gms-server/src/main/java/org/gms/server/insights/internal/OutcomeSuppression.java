package org.gms.server.insights.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Outcomes;
import org.gms.server.insights.PublishedOutcomes;

/**
 * Small-number suppression of the published outcome tables, each with the service's row last.
 *
 * <p>Cancer, by tumour type: the cases reported fall into three disjoint columns, with a targeted
 * therapy started (all actionable), actionable without one, and not actionable, so the table (those
 * three and the cases reported) is suppressed as a two-way table with totals ({@link
 * Suppression#twoWay}). What is published is a function of its shown cells: cases reported, cases
 * with a therapy, and the actionable cases (the sum of the first two columns) only where both are
 * shown; so no suppressed cell can be worked out. An actionable count not shown is a sum of cells
 * and could still follow from the other rows' and the service's: the attacker's equations (every
 * row and column adds up, every published figure known) are solved, and while one is determined the
 * actionable cells of a further row are suppressed ({@link JointDisclosure#determined}).
 *
 * <p>Pharmacogenomics, by drug: checks with and without cards and their total, two-way likewise;
 * the cards shown are a line with its total ({@link Suppression#oneWay}), suppressed wherever the
 * checks with cards are (a check usually shows one card, so the cards would reveal them).
 */
final class OutcomeSuppression {

  static final int THERAPY = 0;
  static final int ACTIONABLE_ONLY = 1;
  static final int NOT_ACTIONABLE = 2;
  static final int REPORTED = 3;

  private OutcomeSuppression() {}

  /** The cancer table: one row per tumour type and the service's last; the columns above. */
  static long[][] cancerTable(List<Outcomes.CancerRow> rows) {
    long[][] t = new long[rows.size()][4];
    for (int i = 0; i < rows.size(); i++) {
      Outcomes.CancerRow r = rows.get(i);
      t[i][THERAPY] = r.withTherapy();
      t[i][ACTIONABLE_ONLY] = r.actionable() - r.withTherapy();
      t[i][NOT_ACTIONABLE] = r.reported() - r.actionable();
      t[i][REPORTED] = r.reported();
    }
    return t;
  }

  /** Whether a row's actionable count is published: both its parts are. */
  static boolean actionableShown(boolean[][] hidden, int r) {
    return !hidden[r][THERAPY] && !hidden[r][ACTIONABLE_ONLY];
  }

  /** Which cells of the cancer table are suppressed. */
  static boolean[][] suppressCancer(long[][] table) {
    int rows = table.length;
    boolean[][] forced = new boolean[rows][4];
    for (int guard = 0; guard <= rows; guard++) {
      boolean[][] hidden = Suppression.twoWay(table, forced);
      int found = derivableActionable(hidden);
      if (found < 0) {
        return hidden;
      }
      int other = -1;
      for (int r = 0; r < rows; r++) {
        if (r != found
            && actionableShown(hidden, r)
            && (other < 0 || actionable(table, r) < actionable(table, other))) {
          other = r;
        }
      }
      if (other < 0) {
        break;
      }
      forced[other][THERAPY] = true;
      forced[other][ACTIONABLE_ONLY] = true;
    }
    boolean[][] all = new boolean[rows][4];
    for (boolean[] row : all) {
      java.util.Arrays.fill(row, true);
    }
    return all;
  }

  private static long actionable(long[][] table, int r) {
    return table[r][THERAPY] + table[r][ACTIONABLE_ONLY];
  }

  /**
   * A row whose actionable count is suppressed but follows from what is published, or -1. Unknowns:
   * every cell, and one more per suppressed actionable count (equal to the sum of its two cells).
   */
  static int derivableActionable(boolean[][] hidden) {
    int rows = hidden.length;
    int cells = rows * 4;
    List<Integer> aux = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (!actionableShown(hidden, r)) {
        aux.add(r);
      }
    }
    if (aux.isEmpty()) {
      return -1;
    }
    int n = cells + aux.size();
    List<double[]> equations = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      double[] row = new double[n];
      row[r * 4 + THERAPY] = 1;
      row[r * 4 + ACTIONABLE_ONLY] = 1;
      row[r * 4 + NOT_ACTIONABLE] = 1;
      row[r * 4 + REPORTED] = -1;
      equations.add(row);
      if (!hidden[r][REPORTED]) {
        equations.add(unit(n, r * 4 + REPORTED));
      }
      if (!hidden[r][THERAPY]) {
        equations.add(unit(n, r * 4 + THERAPY));
      }
      if (actionableShown(hidden, r)) {
        double[] sum = new double[n];
        sum[r * 4 + THERAPY] = 1;
        sum[r * 4 + ACTIONABLE_ONLY] = 1;
        equations.add(sum);
      }
    }
    for (int c = 0; c < 4; c++) {
      double[] column = new double[n];
      for (int r = 0; r < rows; r++) {
        column[r * 4 + c] = r == rows - 1 ? -1 : 1;
      }
      equations.add(column);
    }
    for (int k = 0; k < aux.size(); k++) {
      double[] sum = new double[n];
      sum[cells + k] = 1;
      sum[aux.get(k) * 4 + THERAPY] = -1;
      sum[aux.get(k) * 4 + ACTIONABLE_ONLY] = -1;
      equations.add(sum);
    }
    for (int column : JointDisclosure.determined(equations, n)) {
      if (column >= cells) {
        return aux.get(column - cells);
      }
    }
    return -1;
  }

  private static double[] unit(int n, int i) {
    double[] row = new double[n];
    row[i] = 1;
    return row;
  }

  /** The pharmacogenomic table: checks with cards, without, and all; a row per drug, then all. */
  static long[][] pgxTable(List<Outcomes.PgxRow> rows) {
    long[][] t = new long[rows.size()][3];
    for (int i = 0; i < rows.size(); i++) {
      Outcomes.PgxRow r = rows.get(i);
      t[i][0] = r.withCards();
      t[i][1] = r.checks() - r.withCards();
      t[i][2] = r.checks();
    }
    return t;
  }

  /** Which cards counts are suppressed: with the checks with cards, and the line's own rule. */
  static boolean[] suppressCards(long[] cards, boolean[][] checksHidden) {
    boolean[] forced = new boolean[cards.length];
    for (int r = 0; r < cards.length; r++) {
      forced[r] = checksHidden[r][0];
    }
    return Suppression.oneWay(cards, forced);
  }

  /** The year's outcomes as published: suppressed, or as they are (for managers). */
  static PublishedOutcomes publish(int year, Outcomes outcomes, boolean suppress) {
    List<Outcomes.CancerRow> cancerRows = new ArrayList<>(outcomes.cancer());
    cancerRows.add(outcomes.cancerTotal());
    long[][] cancer = cancerTable(cancerRows);
    boolean[][] cancerHidden = suppress ? suppressCancer(cancer) : new boolean[cancer.length][4];
    List<PublishedOutcomes.CancerRow> cancerOut = new ArrayList<>();
    for (int r = 0; r < cancer.length; r++) {
      Long reported = cancerHidden[r][REPORTED] ? null : cancer[r][REPORTED];
      Long therapy = cancerHidden[r][THERAPY] ? null : cancer[r][THERAPY];
      Long actionable = actionableShown(cancerHidden, r) ? actionable(cancer, r) : null;
      cancerOut.add(
          new PublishedOutcomes.CancerRow(
              cancerRows.get(r).tumourType(),
              reported,
              actionable,
              therapy,
              share(actionable, reported),
              share(therapy, actionable)));
    }
    List<Outcomes.PgxRow> pgxRows = new ArrayList<>(outcomes.pgx());
    pgxRows.add(outcomes.pgxTotal());
    long[][] pgx = pgxTable(pgxRows);
    long[] cards = pgxRows.stream().mapToLong(Outcomes.PgxRow::cards).toArray();
    boolean[][] pgxHidden = suppress ? Suppression.twoWay(pgx, null) : new boolean[pgx.length][3];
    boolean[] cardsHidden = suppress ? suppressCards(cards, pgxHidden) : new boolean[cards.length];
    List<PublishedOutcomes.PgxRow> pgxOut = new ArrayList<>();
    for (int r = 0; r < pgx.length; r++) {
      Long checks = pgxHidden[r][2] ? null : pgx[r][2];
      Long withCards = pgxHidden[r][0] ? null : pgx[r][0];
      pgxOut.add(
          new PublishedOutcomes.PgxRow(
              pgxRows.get(r).drug(),
              checks,
              withCards,
              cardsHidden[r] ? null : cards[r],
              share(withCards, checks)));
    }
    return new PublishedOutcomes(year, cancerOut, pgxOut);
  }

  private static Figures.Proportion share(Long x, Long n) {
    return x == null || n == null ? null : FigureMaths.share(x, n);
  }
}
