package org.gms.server.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gms.server.GmsException;
import org.gms.server.insights.DiagnosticYield;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.gms.server.insights.Weekly;
import org.springframework.stereotype.Component;

@Component
class JdbcInsights implements Insights {

  private static final long REFRESH_MILLIS = 2_000;
  private static final int MAX_MONTHS = 120;

  private final InsightsStore store;
  private final Labels labels;
  private final ActivityRefresh refresh;
  private final Populations populations;
  private final Findings findings;
  private final WeeklyStore weekly;
  private final org.gms.server.oncology.ReportedCancerCases cancerCases;
  private final org.gms.server.oncology.TargetedTherapiesStarted therapies;
  private final PgxUse pgx;
  private final org.gms.server.audit.AuditLog audit;
  private final Clock clock = Clock.system(ActivityRefresh.SERVICE_ZONE);
  private volatile long refreshedAt;

  JdbcInsights(
      InsightsStore store,
      Labels labels,
      ActivityRefresh refresh,
      Populations populations,
      Findings findings,
      WeeklyStore weekly,
      org.gms.server.oncology.ReportedCancerCases cancerCases,
      org.gms.server.oncology.TargetedTherapiesStarted therapies,
      PgxUse pgx,
      org.gms.server.audit.AuditLog audit) {
    this.cancerCases = cancerCases;
    this.therapies = therapies;
    this.pgx = pgx;
    this.audit = audit;
    this.findings = findings;
    this.weekly = weekly;
    this.store = store;
    this.labels = labels;
    this.refresh = refresh;
    this.populations = populations;
  }

  @Override
  public void refresh() {
    refresh.refresh();
    refreshedAt = System.currentTimeMillis();
  }

  private void refreshIfStale() {
    if (System.currentTimeMillis() - refreshedAt > REFRESH_MILLIS) {
      refresh();
    }
  }

  static void check(YearMonth from, YearMonth to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new GmsException(
          "A period needs from and to months (yyyy-mm), from not after to: " + from + ", " + to);
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
      throw new GmsException(
          "A period is at most " + MAX_MONTHS + " months: " + from + " to " + to);
    }
  }

  /** The days of a period of whole months: the first of {@code from}, the day after {@code to}. */
  private record Days(LocalDate start, LocalDate end) {

    /** The days of the months from..to, once {@link #check} has found the period valid. */
    static Days of(YearMonth from, YearMonth to) {
      check(from, to);
      return new Days(from.atDay(1), to.plusMonths(1).atDay(1));
    }
  }

  @Override
  public Figures figures(YearMonth from, YearMonth to, Dimension by) {
    Days days = Days.of(from, to);
    refreshIfStale();
    int months = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    Map<Integer, FigureMaths.Sum> sums = new TreeMap<>();
    // whole calendar years from the yearly roll-up, the months around them from the monthly
    for (InsightsStore.MonthlyRow row : store.period(by, from, to)) {
      sums.computeIfAbsent(row.value(), v -> new FigureMaths.Sum()).add(row);
    }
    FigureMaths.Sum total = FigureMaths.Sum.of(store.period(Dimension.ALL, from, to));
    long nation = populations.nation(by);
    List<Figures.Row> rows = new ArrayList<>();
    for (Map.Entry<Integer, FigureMaths.Sum> e : sums.entrySet()) {
      String value = labels.label(e.getKey());
      Figures.Rate rate = null;
      Long population = populations.of(by, value);
      if (population != null) {
        rate =
            FigureMaths.rate(
                e.getValue().requested, population, total.requested, nation, months, false);
      }
      rows.add(FigureMaths.row(value, e.getValue(), rate));
    }
    rows.sort(Comparator.comparingLong(Figures.Row::requested).reversed());
    Figures.Rate national =
        FigureMaths.rate(total.requested, nation, total.requested, nation, months, true);
    return new Figures(
        days.start(),
        days.end(),
        by,
        rows,
        FigureMaths.row(Labels.ALL, total, national),
        total.generated,
        populations.note(by));
  }

  @Override
  public DiagnosticYield diagnosticYield(YearMonth from, YearMonth to, Dimension by) {
    Days days = Days.of(from, to);
    refreshIfStale();
    List<DiagnosticYield.Row> rows = new ArrayList<>();
    for (Findings.Count c : findings.yield(by, days.start(), days.end())) {
      rows.add(yieldRow(labels.label(c.value()), c.reported(), c.pathogenic()));
    }
    rows.sort(Comparator.comparingLong(DiagnosticYield.Row::reported).reversed());
    long reported = 0;
    long pathogenic = 0;
    for (Findings.Count c : findings.yield(Dimension.ALL, days.start(), days.end())) {
      reported += c.reported();
      pathogenic += c.pathogenic();
    }
    return new DiagnosticYield(
        days.start(), days.end(), by, rows, yieldRow(Labels.ALL, reported, pathogenic));
  }

  static DiagnosticYield.Row yieldRow(String value, long reported, long pathogenic) {
    return new DiagnosticYield.Row(
        value, reported, pathogenic, FigureMaths.share(pathogenic, reported));
  }

  @Override
  public org.gms.server.insights.Outcomes outcomes(YearMonth from, YearMonth to) {
    Days days = Days.of(from, to);
    List<org.gms.server.oncology.CancerCaseReported> cases = cancerCases.reported();
    audit.record(
        "read",
        "cancer-case",
        "*",
        cases.size() + " reported cases, for management insights (counts by tumour type only)");
    return OutcomeCounts.of(
        cases, therapies.started(), pgx.counts(days.start(), days.end()), days.start(), days.end());
  }

  private static final int MAX_WEEKS = 262;

  @Override
  public Weekly weekly(LocalDate from, LocalDate to, Dimension by) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new GmsException(
          "A period needs from and to days (yyyy-mm-dd), from not after to: " + from + ", " + to);
    }
    LocalDate first = from.with(java.time.DayOfWeek.MONDAY);
    LocalDate last = to.with(java.time.DayOfWeek.MONDAY);
    if (first.plusWeeks(MAX_WEEKS - 1).isBefore(last)) {
      throw new GmsException(
          "A weekly period is at most " + MAX_WEEKS + " weeks: " + from + " to " + to);
    }
    refreshIfStale();
    Map<LocalDate, long[]> totals = new java.util.HashMap<>();
    for (WeeklyStore.WeekValues week : weekly.weeks(Dimension.ALL, first, last)) {
      if (week.values().length > 0) {
        totals.put(week.week(), week.counts(0));
      }
    }
    Map<LocalDate, Map<String, Weekly.Counts>> values = new java.util.HashMap<>();
    if (by != Dimension.ALL) {
      Map<Integer, String> names = new java.util.HashMap<>();
      for (WeeklyStore.WeekValues week : weekly.weeks(by, first, last)) {
        int[] codes = week.values();
        int[][] c = week.counts();
        Map<String, Weekly.Counts> byValue = new java.util.HashMap<>(codes.length * 2);
        for (int v = 0; v < codes.length; v++) {
          byValue.put(
              names.computeIfAbsent(codes[v], labels::label),
              new Weekly.Counts(c[0][v], c[1][v], c[2][v], c[3][v], c[4][v]));
        }
        values.put(week.week(), byValue);
      }
    }
    List<Weekly.Week> weeks = new ArrayList<>();
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      weeks.add(
          new Weekly.Week(
              String.format(
                  "%d-W%02d",
                  monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                  monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
              monday,
              Weekly.Counts.of(totals.getOrDefault(monday, new long[MonthlyFigures.EVENTS])),
              values.getOrDefault(monday, Map.of())));
    }
    return new Weekly(first, last, by, weeks);
  }

  @Override
  public List<Figures.TrendPoint> trend(YearMonth from, YearMonth to) {
    Days days = Days.of(from, to);
    refreshIfStale();
    Map<LocalDate, FigureMaths.Sum> byMonth = new TreeMap<>();
    for (InsightsStore.MonthlyRow row : store.monthly(Dimension.ALL, days.start(), days.end())) {
      byMonth.computeIfAbsent(row.month(), m -> new FigureMaths.Sum()).add(row);
    }
    List<Figures.TrendPoint> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      FigureMaths.Sum s = byMonth.getOrDefault(m.atDay(1), new FigureMaths.Sum());
      Figures.Turnaround t = FigureMaths.turnaround(s.requestToReport);
      out.add(
          new Figures.TrendPoint(
              m.atDay(1),
              s.requested,
              s.received,
              s.reported,
              s.cancelled,
              t.median(),
              s.reported == 0 ? null : (double) s.withinTarget / s.reported));
    }
    return out;
  }

  @Override
  public Figures.Backlog backlog() {
    refreshIfStale();
    long open = 0;
    long overdue = 0;
    Map<String, long[]> byLab = new LinkedHashMap<>();
    for (InsightsStore.Backlog b : store.backlog(LocalDate.now(clock))) {
      open += b.open();
      overdue += b.overdue();
      byLab.put(labels.label(b.laboratory()), new long[] {b.open(), b.overdue()});
    }
    return new Figures.Backlog(open, overdue, byLab);
  }

  @Override
  public List<Figures.OrderSummary> orders(
      YearMonth from, YearMonth to, Dimension by, String value, int limit) {
    Days days = Days.of(from, to);
    if (limit < 1 || limit > 1000) {
      throw new GmsException("limit is between 1 and 1000: " + limit);
    }
    refreshIfStale();
    java.util.Optional<Integer> found = labels.find(by, value == null ? "" : value);
    if (found.isEmpty()) {
      return List.of();
    }
    int code = found.get();
    LocalDate today = LocalDate.now(clock);
    List<Figures.OrderSummary> out = new ArrayList<>();
    for (OrderFact f : store.orders(by, code, days.start(), days.end(), limit)) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Dimension d : Dimension.values()) {
        if (d != Dimension.ALL) {
          values.put(d.name().toLowerCase(java.util.Locale.ROOT), labels.label(f.code(d)));
        }
      }
      LocalDate ended = f.cancelled() != null ? f.cancelled() : f.failed();
      out.add(
          new Figures.OrderSummary(
              f.orderId(),
              f.generated(),
              f.requested(),
              f.received(),
              f.reported(),
              ended,
              f.expectedBy(),
              f.open() && f.expectedBy().isBefore(today),
              values));
    }
    return out;
  }
}
