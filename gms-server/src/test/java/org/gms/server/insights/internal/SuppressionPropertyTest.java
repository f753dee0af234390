package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No suppressed count can be worked out from everything the public API returns for a year: every
 * dimension's month-by-value table with its totals and the service's month totals ({@link
 * YearTables}, which the public figures are made from), and the turnaround tables (by target group,
 * ethnic group and deprivation decile, whose totals rows are the same figures) and the
 * diagnostic-yield table ({@link OutcomeTables}; when its grand total equals the reports' they are
 * one unknown), and the week parts of each month, whose total is the month's (one unknown). The
 * attacker knows every published figure and that each table adds up along its rows and columns,
 * with the month totals the same figures in every table; a suppressed cell is recoverable exactly
 * when its unit vector lies in the row space of those equations over the suppressed cells (Gaussian
 * elimination, independent of the graph argument the suppression uses).
 */
class SuppressionPropertyTest {

  /** Orders of one year: a month and a value for each of two or three dimensions. */
  record Activity(int[][] orders, int[] valuesPerDimension) {}

  @Provide
  Arbitrary<Activity> activities() {
    Arbitrary<Integer> dimensions = Arbitraries.integers().between(1, 3);
    return dimensions.flatMap(
        d ->
            Arbitraries.integers()
                .between(2, 6)
                .array(int[].class)
                .ofSize(d)
                .flatMap(
                    sizes ->
                        Arbitraries.integers()
                            .between(0, 1 << 20)
                            .array(int[].class)
                            .ofSize(d + 1)
                            .list()
                            .ofMinSize(0)
                            .ofMaxSize(160)
                            .map(rows -> activity(rows, sizes))));
  }

  private static Activity activity(List<int[]> draws, int[] sizes) {
    // months skewed to the first few, so that many cells are small
    int[][] orders = new int[draws.size()][];
    for (int i = 0; i < draws.size(); i++) {
      int[] draw = draws.get(i);
      int[] order = new int[sizes.length + 1];
      order[0] = Math.min(11, Integer.numberOfTrailingZeros(draw[0] | (1 << 11)));
      for (int d = 0; d < sizes.length; d++) {
        order[d + 1] = Math.floorMod(draw[d + 1] * 31 + draw[0], sizes[d]);
      }
      orders[i] = order;
    }
    return new Activity(orders, sizes);
  }

  @Property(tries = 300)
  void noSuppressedCountCanBeWorkedOut(@ForAll("activities") Activity activity) {
    int dims = activity.valuesPerDimension().length;
    long[] monthTotals = new long[12];
    Map<Object, long[][]> inner = new LinkedHashMap<>();
    for (int d = 0; d < dims; d++) {
      inner.put(d, new long[12][activity.valuesPerDimension()[d]]);
    }
    for (int[] order : activity.orders()) {
      monthTotals[order[0]]++;
      for (int d = 0; d < dims; d++) {
        inner.get(d)[order[0]][order[d + 1]]++;
      }
    }
    Map<Object, YearTables.Table> published = YearTables.suppress(inner, monthTotals);

    // published counts are never 1 to 4
    for (YearTables.Table t : published.values()) {
      for (int r = 0; r < t.counts().length; r++) {
        for (int c = 0; c < t.counts()[r].length; c++) {
          if (!t.hidden()[r][c]) {
            assertThat(Suppression.small(t.counts()[r][c])).isFalse();
          }
        }
      }
    }
    assertNothingRecoverable(published);
  }

  /**
   * The two years in which a month total hidden in several tables once let a cell be worked out
   * from all of them together (found by the property above; now checked jointly when suppressing).
   */
  @Property(tries = 300, seed = "1134975531473887990")
  void aMonthTotalHiddenInSeveralTablesRevealsNothing(@ForAll("activities") Activity activity) {
    noSuppressedCountCanBeWorkedOut(activity);
  }

  @Property(tries = 300, seed = "-2013207734293538442")
  void aMonthTotalHiddenInSeveralTablesRevealsNothingAgain(
      @ForAll("activities") Activity activity) {
    noSuppressedCountCanBeWorkedOut(activity);
  }

  /**
   * The year in which a value without requests in a month, its monthly cell suppressed, was shown
   * as zeros in that month's week parts by value, so that the zeros added up to the suppressed cell
   * (found by the property below; such a value's cells are now hidden like the others).
   */
  @Property(tries = 300, seed = "7084369755371375576")
  void aSuppressedZeroIsNotShownAsTheZerosOfItsWeekParts(@ForAll("activities") Activity activity) {
    weeklyPartsAndTheirValuesRevealNothingWithTheMonthlyTables(activity);
  }

  /** The published week parts of one month: its parts and the month's total (shared). */
  record WeekLine(int month) {}

  @Property(tries = 300)
  void weeklyPartsAndTheirValuesRevealNothingWithTheMonthlyTables(
      @ForAll("activities") Activity activity) {
    // each order also falls in a week part of its month (of 2025: 5 or 6 parts a month)
    int dims = activity.valuesPerDimension().length;
    long[] monthTotals = new long[12];
    Map<Object, long[][]> inner = new LinkedHashMap<>();
    for (int d = 0; d < dims; d++) {
      inner.put(d, new long[12][activity.valuesPerDimension()[d]]);
    }
    long[][] parts = new long[12][];
    for (int m = 0; m < 12; m++) {
      parts[m] = new long[WeeklyParts.of(java.time.YearMonth.of(2025, m + 1)).size()];
    }
    for (int[] order : activity.orders()) {
      monthTotals[order[0]]++;
      for (int d = 0; d < dims; d++) {
        inner.get(d)[order[0]][order[d + 1]]++;
      }
      int part = Math.floorMod(order[dims] * 7 + order[0], parts[order[0]].length);
      parts[order[0]][part]++;
    }
    Map<Object, YearTables.Table> published = YearTables.suppress(inner, monthTotals);
    YearTables.Table line = published.get(null);
    boolean[] monthHidden = new boolean[12];
    for (int m = 0; m < 12; m++) {
      monthHidden[m] = line.hidden()[m][0];
    }
    boolean[][] hidden = WeeklyParts.suppress(parts, monthTotals, monthHidden);
    Map<Object, YearTables.Table> all = new LinkedHashMap<>(published);
    for (int m = 0; m < 12; m++) {
      int n = parts[m].length;
      long[][] counts = new long[1][n + 1];
      boolean[][] h = new boolean[1][n + 1];
      for (int i = 0; i < n; i++) {
        counts[0][i] = parts[m][i];
        h[0][i] = hidden[m][i];
        assertThat(!h[0][i] && Suppression.small(parts[m][i])).isFalse();
      }
      counts[0][n] = monthTotals[m];
      h[0][n] = monthHidden[m];
      all.put(new WeekLine(m), new YearTables.Table(counts, h));
    }
    // and the same week parts by the values of every dimension, as ?by= publishes them, all read
    // together with everything above
    for (int d = 0; d < dims; d++) {
      addWeeksByValue(all, activity, d, published.get(d), parts, hidden, monthTotals, monthHidden);
    }
    assertNothingRecoverable(all);
  }

  /**
   * The published week parts of one month by a dimension's values: parts as rows (their totals the
   * service's parts), values as columns (their totals the monthly table's cells).
   */
  record WeekByValue(int dimension, int month) {}

  private static void addWeeksByValue(
      Map<Object, YearTables.Table> all,
      Activity activity,
      int d,
      YearTables.Table monthly,
      long[][] parts,
      boolean[][] hidden,
      long[] monthTotals,
      boolean[] monthHidden) {
    int dims = activity.valuesPerDimension().length;
    int values = activity.valuesPerDimension()[d];
    long[][][] byValue = new long[12][][];
    for (int m = 0; m < 12; m++) {
      byValue[m] = new long[parts[m].length][values];
    }
    for (int[] order : activity.orders()) {
      int part = Math.floorMod(order[dims] * 7 + order[0], parts[order[0]].length);
      byValue[order[0]][part][order[d + 1]]++;
    }
    for (int m = 0; m < 12; m++) {
      int n = parts[m].length;
      boolean[] valueHidden = new boolean[values];
      long[] valueTotals = new long[values];
      for (int v = 0; v < values; v++) {
        valueHidden[v] = monthly.hidden()[m][v];
        valueTotals[v] = monthly.counts()[m][v];
      }
      boolean[][] cells =
          WeeklyParts.suppressByValue(
              byValue[m], hidden[m], valueTotals, valueHidden, monthHidden[m]);
      long[][] counts = new long[n + 1][values + 1];
      boolean[][] h = new boolean[n + 1][values + 1];
      for (int i = 0; i < n; i++) {
        for (int v = 0; v < values; v++) {
          counts[i][v] = byValue[m][i][v];
          h[i][v] = cells[i][v];
          assertThat(!h[i][v] && Suppression.small(counts[i][v]))
              .as("a shown count of 1 to 4 in week part %d of month %d", i, m + 1)
              .isFalse();
        }
        counts[i][values] = parts[m][i];
        h[i][values] = hidden[m][i];
      }
      for (int v = 0; v < values; v++) {
        counts[n][v] = valueTotals[v];
        h[n][v] = valueHidden[v];
      }
      counts[n][values] = monthTotals[m];
      h[n][values] = monthHidden[m];
      all.put(new WeekByValue(d, m), new YearTables.Table(counts, h));
    }
  }

  @Property(tries = 300)
  void turnaroundTablesHideNothingRecoverable(@ForAll("smallTables") long[][] inner) {
    int rows = inner.length;
    int cols = inner[0].length;
    long[][] table = new long[rows + 1][cols + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        table[r][c] = inner[r][c];
        table[r][cols] += inner[r][c];
        table[rows][c] += inner[r][c];
        table[rows][cols] += inner[r][c];
      }
    }
    boolean[][] hidden = Suppression.twoWay(table, null);
    Map<Object, YearTables.Table> one = new HashMap<>();
    one.put("t", new YearTables.Table(table, hidden));
    assertNothingRecoverable(one);
  }

  /**
   * One report: its target group, whether on time, its indication (-1: not rare disease), P/LP, and
   * the patient's ethnic group (of 4, the last "not recorded") and deprivation decile (of 5).
   */
  record Report(
      int group, boolean onTime, int indication, boolean pathogenic, int ethnic, int decile) {}

  @Provide
  Arbitrary<List<Report>> reports() {
    Arbitrary<Boolean> allRareDisease = Arbitraries.of(true, false);
    return allRareDisease.flatMap(
        all ->
            Arbitraries.integers()
                .between(0, 1 << 18)
                .list()
                .ofMaxSize(60)
                .map(
                    draws ->
                        draws.stream()
                            .map(
                                d ->
                                    new Report(
                                        d % 3,
                                        (d >> 2) % 4 != 0,
                                        all || (d >> 4) % 3 != 0 ? (d >> 6) % 4 : -1,
                                        (d >> 8) % 3 == 0,
                                        (d >> 10) % 4,
                                        (d >> 12) % 5))
                            .toList()));
  }

  @Property(tries = 300)
  void turnaroundAndYieldTablesHideNothingRecoverable(@ForAll("reports") List<Report> reports) {
    // turnaround by target group (3), by ethnic group (4) and by deprivation decile (5)
    long[][] turnaround = new long[4][3];
    long[][] ethnic = new long[5][3];
    long[][] decile = new long[6][3];
    long[][] yield = new long[5][3];
    for (Report r : reports) {
      for (long[][] t : List.of(turnaround, ethnic, decile)) {
        int group = t == turnaround ? r.group() : t == ethnic ? r.ethnic() : r.decile();
        for (int row : new int[] {group, t.length - 1}) {
          t[row][r.onTime() ? 0 : 1]++;
          t[row][2]++;
        }
      }
      if (r.indication() >= 0) {
        for (int row : new int[] {r.indication(), 4}) {
          yield[row][r.pathogenic() ? 0 : 1]++;
          yield[row][2]++;
        }
      }
    }
    boolean[][][] hidden = OutcomeTables.suppress(List.of(turnaround, ethnic, decile), yield);
    Map<Object, YearTables.Table> published = new LinkedHashMap<>();
    published.put(new Linked("turnaround"), new YearTables.Table(turnaround, hidden[0]));
    published.put(new Linked("turnaround-ethnic"), new YearTables.Table(ethnic, hidden[1]));
    published.put(new Linked("turnaround-decile"), new YearTables.Table(decile, hidden[2]));
    published.put(new Linked("yield"), new YearTables.Table(yield, hidden[3]));
    for (YearTables.Table t : published.values()) {
      for (int r = 0; r < t.counts().length; r++) {
        for (int c = 0; c < 3; c++) {
          assertThat(!t.hidden()[r][c] && Suppression.small(t.counts()[r][c])).isFalse();
        }
      }
    }
    // the reports' totals are the same figures in every turnaround table
    for (int c = 0; c < 3; c++) {
      assertThat(hidden[1][4][c]).isEqualTo(hidden[0][3][c]);
      assertThat(hidden[2][5][c]).isEqualTo(hidden[0][3][c]);
    }
    if (turnaround[3][2] == yield[4][2]) {
      assertThat(hidden[0][3][2]).isEqualTo(hidden[3][4][2]);
    }
    assertNothingRecoverable(published, turnaround[3][2] == yield[4][2]);
  }

  /** A table whose grand total may be the same figure as another's. */
  record Linked(String name) {}

  /**
   * One cancer case (tumour type of 4, tier I/II finding, therapy started) and one pharmacogenomic
   * check (drug of 4, cards shown 0 to 2) per draw.
   */
  @Provide
  Arbitrary<List<Integer>> outcomeDraws() {
    return Arbitraries.integers().between(0, 1 << 12).list().ofMaxSize(60);
  }

  @Property(tries = 400)
  void outcomeTablesHideNothingRecoverable(@ForAll("outcomeDraws") List<Integer> draws) {
    long[][] cancer = new long[4][3]; // reported, actionable, with therapy
    long[][] pgx = new long[4][3]; // checks, with cards, cards
    for (int d : draws) {
      boolean actionable = (d >> 2) % 3 == 0;
      int[] c = {d % 4};
      cancer[c[0]][0]++;
      cancer[c[0]][1] += actionable ? 1 : 0;
      cancer[c[0]][2] += actionable && (d >> 4) % 2 == 0 ? 1 : 0;
      int drug = (d >> 5) % 4;
      int cards = (d >> 7) % 3 == 0 ? 0 : (d >> 9) % 2 + 1;
      pgx[drug][0]++;
      pgx[drug][1] += cards > 0 ? 1 : 0;
      pgx[drug][2] += cards;
    }
    List<org.gms.server.insights.Outcomes.CancerRow> cancerRows = new ArrayList<>();
    List<org.gms.server.insights.Outcomes.PgxRow> pgxRows = new ArrayList<>();
    long[] cancerAll = new long[3];
    long[] pgxAll = new long[3];
    for (int i = 0; i < 4; i++) {
      if (cancer[i][0] > 0) {
        cancerRows.add(
            new org.gms.server.insights.Outcomes.CancerRow(
                "t" + i, cancer[i][0], cancer[i][1], null, cancer[i][2], null));
      }
      if (pgx[i][0] > 0) {
        pgxRows.add(
            new org.gms.server.insights.Outcomes.PgxRow(
                "d" + i, pgx[i][0], pgx[i][1], pgx[i][2], null));
      }
      for (int k = 0; k < 3; k++) {
        cancerAll[k] += cancer[i][k];
        pgxAll[k] += pgx[i][k];
      }
    }
    org.gms.server.insights.Outcomes outcomes =
        new org.gms.server.insights.Outcomes(
            null,
            null,
            cancerRows,
            new org.gms.server.insights.Outcomes.CancerRow(
                "All", cancerAll[0], cancerAll[1], null, cancerAll[2], null),
            pgxRows,
            new org.gms.server.insights.Outcomes.PgxRow(
                "All", pgxAll[0], pgxAll[1], pgxAll[2], null));

    org.gms.server.insights.PublishedOutcomes published =
        OutcomeSuppression.publish(2025, outcomes, true);

    // cancer: unknowns are every row's (therapy, actionable without, not actionable, reported)
    int rows = cancerRows.size() + 1;
    List<double[]> equations = new ArrayList<>();
    List<double[]> secrets = new ArrayList<>();
    int n = rows * 4;
    for (int r = 0; r < rows; r++) {
      org.gms.server.insights.PublishedOutcomes.CancerRow p = published.cancer().get(r);
      org.gms.server.insights.Outcomes.CancerRow truth =
          r < rows - 1 ? cancerRows.get(r) : outcomes.cancerTotal();
      long[] cells = {
        truth.withTherapy(),
        truth.actionable() - truth.withTherapy(),
        truth.reported() - truth.actionable(),
        truth.reported()
      };
      equations.add(vector(n, r * 4, 1, r * 4 + 1, 1, r * 4 + 2, 1, r * 4 + 3, -1));
      Long[] shown = {p.reported(), p.actionable(), p.withTherapy()};
      double[][] of = {
        vector(n, r * 4 + 3, 1), vector(n, r * 4, 1, r * 4 + 1, 1), vector(n, r * 4, 1)
      };
      long[] values = {truth.reported(), truth.actionable(), truth.withTherapy()};
      for (int k = 0; k < 3; k++) {
        if (shown[k] == null) {
          secrets.add(of[k]);
        } else {
          assertThat(shown[k]).isEqualTo(values[k]);
          assertThat(Suppression.small(shown[k])).as("published count %s", shown[k]).isFalse();
          equations.add(of[k]);
        }
      }
      for (int c = 0; c < 4; c++) {
        if (Suppression.small(cells[c])) {
          secrets.add(vector(n, r * 4 + c, 1));
        }
      }
    }
    for (int c = 0; c < 4; c++) {
      double[] column = new double[n];
      for (int r = 0; r < rows; r++) {
        column[r * 4 + c] = r == rows - 1 ? -1 : 1;
      }
      equations.add(column);
    }
    assertNoneDetermined(equations, secrets, n, "cancer " + published.cancer());

    // pharmacogenomics: (with cards, without, checks, cards) per row
    rows = pgxRows.size() + 1;
    n = rows * 4;
    equations = new ArrayList<>();
    secrets = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      org.gms.server.insights.PublishedOutcomes.PgxRow p = published.pgx().get(r);
      org.gms.server.insights.Outcomes.PgxRow truth =
          r < rows - 1 ? pgxRows.get(r) : outcomes.pgxTotal();
      long[] cells = {
        truth.withCards(), truth.checks() - truth.withCards(), truth.checks(), truth.cards()
      };
      Long[] shown = {p.withCards(), null, p.checks(), p.cards()};
      equations.add(vector(n, r * 4, 1, r * 4 + 1, 1, r * 4 + 2, -1));
      for (int c = 0; c < 4; c++) {
        if (shown[c] != null) {
          assertThat(shown[c]).isEqualTo(cells[c]);
          assertThat(Suppression.small(shown[c])).as("published count %s", shown[c]).isFalse();
          equations.add(vector(n, r * 4 + c, 1));
        } else if (c != 1 || Suppression.small(cells[c])) {
          secrets.add(vector(n, r * 4 + c, 1));
        }
      }
      if (p.withCards() == null) {
        assertThat(p.cards()).as("cards follow the checks with cards").isNull();
      }
    }
    for (int c = 0; c < 4; c++) {
      double[] column = new double[n];
      for (int r = 0; r < rows; r++) {
        column[r * 4 + c] = r == rows - 1 ? -1 : 1;
      }
      equations.add(column);
    }
    assertNoneDetermined(equations, secrets, n, "pgx " + published.pgx());
  }

  private static double[] vector(int n, int... indexAndValue) {
    double[] v = new double[n];
    for (int i = 0; i < indexAndValue.length; i += 2) {
      v[indexAndValue[i]] += indexAndValue[i + 1];
    }
    return v;
  }

  /** No secret (a combination of the unknowns) lies in the span of the equations. */
  private static void assertNoneDetermined(
      List<double[]> equations, List<double[]> secrets, int n, String what) {
    int rank = rank(equations, n);
    for (double[] secret : secrets) {
      List<double[]> with = new ArrayList<>(equations);
      with.add(secret);
      assertThat(rank(with, n))
          .as(
              "a suppressed count can be worked out: %s in %s",
              java.util.Arrays.toString(secret), what)
          .isEqualTo(rank + 1);
    }
  }

  @Provide
  Arbitrary<long[][]> smallTables() {
    return Arbitraries.integers()
        .between(1, 5)
        .flatMap(
            cols ->
                Arbitraries.longs()
                    .between(0, 12)
                    .array(long[].class)
                    .ofSize(cols)
                    .array(long[][].class)
                    .ofMinSize(1)
                    .ofMaxSize(6));
  }

  /**
   * Builds the attacker's equations over the suppressed cells (the month totals, last column of
   * every request table and the null-keyed line, are one unknown per month) and checks that no
   * suppressed cell is determined.
   */
  private static void assertNothingRecoverable(Map<Object, YearTables.Table> published) {
    assertNothingRecoverable(published, false);
  }

  private static void assertNothingRecoverable(
      Map<Object, YearTables.Table> published, boolean linked) {
    Map<String, Integer> unknowns = new LinkedHashMap<>();
    List<double[]> equations = new ArrayList<>();
    List<Map<String, Double>> sparse = new ArrayList<>();
    for (Map.Entry<Object, YearTables.Table> e : published.entrySet()) {
      YearTables.Table t = e.getValue();
      int rows = t.counts().length;
      int cols = t.counts()[0].length;
      boolean shared = e.getKey() instanceof Integer || e.getKey() == null;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          if (t.hidden()[r][c]) {
            unknowns.putIfAbsent(
                name(e.getKey(), r, c, rows, cols, shared, linked), unknowns.size());
          }
        }
      }
      if (cols == 1) {
        // the month totals line: 12 months add up to the year
        Map<String, Double> eq = new HashMap<>();
        for (int r = 0; r < rows; r++) {
          add(eq, t, e.getKey(), r, 0, cols, shared, linked, r == rows - 1 ? -1 : 1);
        }
        sparse.add(eq);
        continue;
      }
      for (int r = 0; r < rows; r++) {
        Map<String, Double> eq = new HashMap<>();
        for (int c = 0; c < cols; c++) {
          add(eq, t, e.getKey(), r, c, cols, shared, linked, c == cols - 1 ? -1 : 1);
        }
        sparse.add(eq);
      }
      // a single line (week parts and their month total) adds up along its row only
      for (int c = 0; c < cols && rows > 1; c++) {
        Map<String, Double> eq = new HashMap<>();
        for (int r = 0; r < rows; r++) {
          add(eq, t, e.getKey(), r, c, cols, shared, linked, r == rows - 1 ? -1 : 1);
        }
        sparse.add(eq);
      }
    }
    int n = unknowns.size();
    if (n == 0) {
      return;
    }
    for (Map<String, Double> eq : sparse) {
      double[] row = new double[n];
      for (Map.Entry<String, Double> term : eq.entrySet()) {
        if (unknowns.containsKey(term.getKey())) {
          row[unknowns.get(term.getKey())] += term.getValue();
        }
      }
      equations.add(row);
    }
    int rank = rank(equations, n);
    for (Map.Entry<String, Integer> u : unknowns.entrySet()) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[n];
      unit[u.getValue()] = 1;
      with.add(unit);
      assertThat(rank(with, n))
          .as("suppressed cell %s can be worked out from the published figures", u.getKey())
          .isEqualTo(rank + 1);
    }
  }

  private static void add(
      Map<String, Double> eq,
      YearTables.Table t,
      Object key,
      int r,
      int c,
      int cols,
      boolean shared,
      boolean linked,
      double sign) {
    if (t.hidden()[r][c]) {
      eq.merge(name(key, r, c, t.counts().length, cols, shared, linked), sign, Double::sum);
    }
  }

  private static String name(
      Object table, int r, int c, int rows, int cols, boolean shared, boolean linked) {
    if (table instanceof WeekLine w && c == cols - 1) {
      return "month-total " + w.month();
    }
    if (table instanceof WeekByValue w && (r == rows - 1 || c == cols - 1)) {
      if (r == rows - 1 && c == cols - 1) {
        return "month-total " + w.month();
      }
      // a part's total is the service's part; a value's total its cell in the monthly table
      return c == cols - 1
          ? name(new WeekLine(w.month()), 0, r, 1, rows, false, linked)
          : name(w.dimension(), w.month(), c, YearTables.MONTHS + 1, cols, true, linked);
    }
    if (table instanceof Linked l && l.name().startsWith("turnaround") && r == rows - 1) {
      // the totals of the reports: one unknown in every turnaround table
      return "reports-total " + c;
    }
    if (linked && table instanceof Linked && r == rows - 1 && c == cols - 1) {
      return "reports-total " + c;
    }
    if (shared && c == cols - 1) {
      return "month-total " + r;
    }
    return table + " " + r + "," + c;
  }

  private static int rank(List<double[]> rows, int n) {
    double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
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
      double[] tmp = m[pivot];
      m[pivot] = m[rank];
      m[rank] = tmp;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-12) {
          double f = m[r][col] / m[rank][col];
          for (int k = col; k < n; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
