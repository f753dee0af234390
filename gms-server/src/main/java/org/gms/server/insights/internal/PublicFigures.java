package org.gms.server.insights.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.gms.server.GmsException;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.gms.server.insights.PublishedInsights;
import org.gms.server.insights.PublishedYear;
import org.springframework.stereotype.Component;

/**
 * The published figures of a year: every dimension's requests table suppressed together ({@link
 * YearTables}), and the turnaround table by target group (reports within and after the target, with
 * their total) and the diagnostic-yield table by indication (rare-disease cases with and without a
 * pathogenic or likely pathogenic finding, with their total) suppressed together ({@link
 * OutcomeTables}).
 */
@Component
class PublicFigures implements PublishedInsights {

  private final InsightsStore store;
  private final Labels labels;
  private final InsightsSettings settings;
  private final Populations populations;
  private final Insights insights;
  private final FiguresVersion version;
  private final Findings findings;
  private final WeeklyStore weeks;
  private final PublicOutcomes outcomes;
  private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(long version, Map<Dimension, PublishedYear> years) {}

  /**
   * A year's FHIR bundle as made from the figures of a version and the outcomes (its timestamp:
   * when made).
   */
  private record Bundle(
      long version, org.gms.server.insights.PublishedOutcomes outcomes, String json) {}

  private final Map<Integer, Bundle> bundles = new ConcurrentHashMap<>();

  PublicFigures(
      InsightsStore store,
      Labels labels,
      InsightsSettings settings,
      Populations populations,
      Insights insights,
      FiguresVersion version,
      Findings findings,
      WeeklyStore weeks,
      PublicOutcomes outcomes) {
    this.outcomes = outcomes;
    this.weeks = weeks;
    this.findings = findings;
    this.store = store;
    this.labels = labels;
    this.settings = settings;
    this.populations = populations;
    this.insights = insights;
    this.version = version;
  }

  @Override
  public PublishedYear year(int year, Dimension by) {
    return cached(year).years().get(by);
  }

  private Cached cached(int year) {
    if (year < 2000 || year > 2100) {
      throw new GmsException("A year is between 2000 and 2100: " + year);
    }
    insights.refresh();
    long now = version.current();
    Cached cached = cache.get(year);
    if (cached == null || cached.version() != now) {
      cached = new Cached(now, compute(year, true));
      cache.put(year, cached);
    }
    return cached;
  }

  /**
   * The year's figures without suppression as a FHIR bundle, for managers (never published: every
   * report is tagged not-for-publication).
   */
  String unsuppressedFhir(int year) {
    if (year < 2000 || year > 2100) {
      throw new GmsException("A year is between 2000 and 2100: " + year);
    }
    insights.refresh();
    return MeasureBundle.unsuppressed(
        year,
        compute(year, false),
        outcomes.unsuppressed(year),
        populations,
        java.time.Instant.now());
  }

  private Map<Dimension, PublishedYear> compute(int year, boolean suppress) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    long[] monthTotals = new long[YearTables.MONTHS];
    long generated = 0;
    for (InsightsStore.MonthlyRow row : store.monthly(Dimension.ALL, from, to)) {
      monthTotals[row.month().getMonthValue() - 1] += row.requested();
      generated += row.generated();
    }
    Map<Dimension, long[][]> inner = new EnumMap<>(Dimension.class);
    Map<Dimension, List<String>> columns = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      if (d == Dimension.ALL) {
        continue;
      }
      Map<String, long[]> byValue = new TreeMap<>();
      for (InsightsStore.MonthlyRow row : store.monthly(d, from, to)) {
        if (row.requested() > 0) {
          byValue
                  .computeIfAbsent(labels.label(row.value()), v -> new long[YearTables.MONTHS])[
                  row.month().getMonthValue() - 1] +=
              row.requested();
        }
      }
      List<String> values = new ArrayList<>(byValue.keySet());
      long[][] matrix = new long[YearTables.MONTHS][values.size()];
      for (int v = 0; v < values.size(); v++) {
        long[] months = byValue.get(values.get(v));
        for (int m = 0; m < YearTables.MONTHS; m++) {
          matrix[m][v] = months[m];
        }
      }
      inner.put(d, matrix);
      columns.put(d, values);
    }
    Map<Object, YearTables.Table> tables =
        suppress ? YearTables.suppress(inner, monthTotals) : YearTables.shown(inner, monthTotals);
    Outcomes outcomes = outcomes(from, to, suppress);
    YearTables.Table line = tables.get(null);
    Map<Dimension, PublishedYear> out = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      YearTables.Table table = d == Dimension.ALL ? line : tables.get(d);
      List<String> values = d == Dimension.ALL ? List.of() : columns.get(d);
      out.put(d, publish(year, d, values, table, line, outcomes, generated > 0));
    }
    return out;
  }

  private PublishedYear publish(
      int year,
      Dimension d,
      List<String> values,
      YearTables.Table table,
      YearTables.Table line,
      Outcomes outcomes,
      boolean generated) {
    int n = values.size();
    List<List<Long>> months = new ArrayList<>();
    List<Long> monthTotals = new ArrayList<>();
    for (int m = 0; m < YearTables.MONTHS; m++) {
      List<Long> row = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        row.add(shown(table, m, v));
      }
      months.add(row);
      monthTotals.add(shown(line, m, 0));
    }
    List<Long> yearTotals = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      yearTotals.add(shown(table, YearTables.MONTHS, v));
    }
    Long total = shown(line, YearTables.MONTHS, 0);
    List<Figures.Rate> rates = new ArrayList<>();
    long nation = populations.nation(d);
    for (int v = 0; v < n; v++) {
      Long count = yearTotals.get(v);
      Long population = populations.of(d, values.get(v));
      rates.add(
          count == null || population == null || total == null
              ? null
              : FigureMaths.rate(count, population, total, nation, 12, false));
    }
    return new PublishedYear(
        year,
        d,
        values,
        months,
        monthTotals,
        yearTotals,
        total,
        Collections.unmodifiableList(rates),
        outcomes.turnaround(),
        outcomes.turnaroundByEthnicGroup(),
        outcomes.turnaroundByImdDecile(),
        outcomes.diagnosticYield(),
        generated,
        populations.note(d));
  }

  private static Long shown(YearTables.Table t, int r, int c) {
    return t.hidden()[r][c] ? null : t.counts()[r][c];
  }

  private record Outcomes(
      List<PublishedYear.TurnaroundRow> turnaround,
      List<PublishedYear.TurnaroundRow> turnaroundByEthnicGroup,
      List<PublishedYear.TurnaroundRow> turnaroundByImdDecile,
      List<PublishedYear.YieldRow> diagnosticYield) {}

  /** Reports in the period by the values of a dimension: within target, late, reported. */
  private record ReportTable(
      Map<String, FigureMaths.Sum> groups, FigureMaths.Sum all, long[][] table) {}

  private ReportTable reportTable(Dimension d, LocalDate from, LocalDate to) {
    Map<String, FigureMaths.Sum> groups = new TreeMap<>();
    for (InsightsStore.MonthlyRow row :
        store.period(d, YearMonth.from(from), YearMonth.from(to).minusMonths(1))) {
      groups.computeIfAbsent(labels.label(row.value()), v -> new FigureMaths.Sum()).add(row);
    }
    List<String> names = new ArrayList<>(groups.keySet());
    FigureMaths.Sum all = new FigureMaths.Sum();
    long[][] table = new long[names.size() + 1][3];
    for (int i = 0; i < names.size(); i++) {
      FigureMaths.Sum s = groups.get(names.get(i));
      table[i][0] = s.withinTarget;
      table[i][1] = s.reported - s.withinTarget;
      table[i][2] = s.reported;
      table[names.size()][0] += s.withinTarget;
      table[names.size()][1] += s.reported - s.withinTarget;
      table[names.size()][2] += s.reported;
      all.requestToReport.addAll(toInts(s.requestToReport.counts()));
    }
    return new ReportTable(groups, all, table);
  }

  /**
   * The turnaround tables (by target group, ethnic group and deprivation decile) and the
   * diagnostic-yield table of the year, suppressed together.
   */
  private Outcomes outcomes(LocalDate from, LocalDate to, boolean suppress) {
    List<ReportTable> reports =
        List.of(
            reportTable(Dimension.TARGET, from, to),
            reportTable(Dimension.ETHNIC_GROUP, from, to),
            reportTable(Dimension.IMD_DECILE, from, to));
    Map<String, long[]> indications = new TreeMap<>();
    for (Findings.Count c : findings.yield(Dimension.INDICATION, from, to)) {
      long[] sum = indications.computeIfAbsent(labels.label(c.value()), v -> new long[2]);
      sum[0] += c.reported();
      sum[1] += c.pathogenic();
    }
    List<String> codes = new ArrayList<>(indications.keySet());
    long[][] yield = new long[codes.size() + 1][3];
    for (int i = 0; i < codes.size(); i++) {
      long[] c = indications.get(codes.get(i));
      for (int row : new int[] {i, codes.size()}) {
        yield[row][0] += c[1];
        yield[row][1] += c[0] - c[1];
        yield[row][2] += c[0];
      }
    }
    boolean[][][] hidden = new boolean[reports.size() + 1][][];
    if (suppress) {
      hidden = OutcomeTables.suppress(reports.stream().map(ReportTable::table).toList(), yield);
    } else {
      for (int i = 0; i < reports.size(); i++) {
        hidden[i] = new boolean[reports.get(i).table().length][3];
      }
      hidden[reports.size()] = new boolean[yield.length][3];
    }
    List<List<PublishedYear.TurnaroundRow>> turnaround = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      ReportTable r = reports.get(i);
      turnaround.add(turnaround(r.groups(), r.all(), r.table(), hidden[i], suppress));
    }
    return new Outcomes(
        turnaround.get(0),
        turnaround.get(1),
        turnaround.get(2),
        diagnosticYield(codes, yield, hidden[reports.size()]));
  }

  private static List<PublishedYear.YieldRow> diagnosticYield(
      List<String> codes, long[][] yield, boolean[][] hidden) {
    List<PublishedYear.YieldRow> out = new ArrayList<>();
    for (int i = 0; i <= codes.size(); i++) {
      Long reported = hidden[i][2] ? null : yield[i][2];
      Long pathogenic = hidden[i][0] ? null : yield[i][0];
      Intervals.Interval ci =
          reported == null || pathogenic == null || reported == 0
              ? null
              : Intervals.wilson(pathogenic, reported);
      out.add(
          new PublishedYear.YieldRow(
              i == codes.size() ? Labels.ALL : codes.get(i),
              reported,
              pathogenic,
              ci == null ? null : (double) pathogenic / reported,
              ci == null ? null : ci.lower(),
              ci == null ? null : ci.upper()));
    }
    return out;
  }

  private static List<PublishedYear.TurnaroundRow> turnaround(
      Map<String, FigureMaths.Sum> groups,
      FigureMaths.Sum all,
      long[][] table,
      boolean[][] hidden,
      boolean suppress) {
    Map<String, FigureMaths.Sum> rows = new LinkedHashMap<>(groups);
    rows.put(Labels.ALL, all);
    List<PublishedYear.TurnaroundRow> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, FigureMaths.Sum> e : rows.entrySet()) {
      boolean nHidden = hidden[i][2];
      Figures.Turnaround t = FigureMaths.turnaround(e.getValue().requestToReport);
      boolean showTimes = !nHidden && (!suppress || table[i][2] >= Suppression.THRESHOLD);
      out.add(
          new PublishedYear.TurnaroundRow(
              e.getKey(),
              nHidden ? null : table[i][2],
              hidden[i][0] ? null : table[i][0],
              hidden[i][1] ? null : table[i][1],
              showTimes ? t.median() : null,
              showTimes ? t.p90() : null));
      i++;
    }
    return out;
  }

  private static int[] toInts(long[] counts) {
    int[] out = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = Math.toIntExact(counts[i]);
    }
    return out;
  }

  @Override
  public String fhir(int year) {
    Cached figures = cached(year);
    org.gms.server.insights.PublishedOutcomes published = outcomes.published(year);
    Bundle bundle = bundles.get(year);
    if (bundle == null
        || bundle.version() != figures.version()
        || !bundle.outcomes().equals(published)) {
      bundle =
          new Bundle(
              figures.version(),
              published,
              MeasureBundle.bundle(
                  year, figures.years(), published, populations, java.time.Instant.now()));
      bundles.put(year, bundle);
    }
    return bundle.json();
  }

  @Override
  public org.gms.server.insights.PublishedWeeks weekly(int year, Dimension by) {
    PublishedYear all = year(year, Dimension.ALL);
    LocalDate from = LocalDate.of(year, 1, 1);
    return WeeklyParts.publish(
        all,
        weeks.requestedParts(Dimension.ALL, 0, from, from.plusYears(1)),
        year(year, by),
        by == Dimension.ALL ? Map.of() : weeks.requestedParts(by, from, from.plusYears(1)),
        value -> labels.find(by, value).orElse(-1));
  }

  @Override
  public org.gms.server.insights.PublishedOutcomes outcomes(int year) {
    return outcomes.published(year);
  }

  @Override
  public String outcomesCsv(int year, String table) {
    return outcomes.csv(year, table);
  }

  @Override
  public String csv(int year, Dimension by) {
    return PublicCsv.requests(year, by, year(year, by));
  }
}
