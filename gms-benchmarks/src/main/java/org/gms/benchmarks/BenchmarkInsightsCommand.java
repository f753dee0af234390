package org.gms.benchmarks;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gms.benchmarks.support.BenchmarkDatabase;
import org.gms.cli.ServerContext;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.GeneratedActivity;
import org.gms.server.insights.Insights;
import org.gms.server.insights.PublishedInsights;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark insights}: generates national-scale activity (by default 650,000 tests a
 * year for 5 years) over the bundled test directory's indications and tests into the insights
 * tables with COPY, builds the monthly figures, then times every dashboard query (p50, p95, max).
 */
@Command(
    name = "insights",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: generate N years of activity (default 650,000 tests a year, the national"
          + " figure) over the test directory's indications and tests, the seven geographies by"
          + " population and log-normal turnaround around each test's target; report the load time"
          + " and storage, then time every dashboard and public query (p50, p95, max)."
    })
final class BenchmarkInsightsCommand implements Callable<Integer> {

  @Option(names = "--years", defaultValue = "5", description = "Years of activity (default 5).")
  int years;

  @Option(
      names = "--tests-per-year",
      defaultValue = "650000",
      description = "Tests a year (default: ${DEFAULT-VALUE}).")
  int testsPerYear;

  @Option(
      names = "--repeat",
      defaultValue = "40",
      description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Mixin BenchmarkDatabase database = new BenchmarkDatabase();

  @Override
  public Integer call() throws Exception {
    Map<String, Object> properties = database.serverProperties("insights");
    try (ConfigurableApplicationContext context = ServerContext.offline(properties)) {
      context.getBean(DirectoryImports.class).importBundledIfMissing();
      GeneratedActivity generator = context.getBean(GeneratedActivity.class);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long start = System.nanoTime();
      long orders = generator.generate(years, testsPerYear, seed);
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "insights: generated %,d orders (%d years x %,d) and built the monthly figures in %.1f s"
              + " (%,.0f orders/s)%n",
          orders, years, testsPerYear, loadSeconds, orders / loadSeconds);
      for (String table :
          List.of(
              "insight_order",
              "insight_monthly",
              "insight_rollup",
              "insight_weekly",
              "insight_week",
              "insight_label")) {
        long bytes =
            jdbc.sql("SELECT pg_total_relation_size(?::regclass)")
                .param(table)
                .query(Long.class)
                .single();
        long rows = jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        System.out.printf(
            "insights: %-16s %,12d rows %,10.1f MB (with indexes)%n", table, rows, bytes / 1e6);
      }
      time(context);
    }
    return 0;
  }

  private void time(ConfigurableApplicationContext context) {
    Insights insights = context.getBean(Insights.class);
    PublishedInsights published = context.getBean(PublishedInsights.class);
    YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
    YearMonth yearAgo = now.minusMonths(11);
    YearMonth all = now.minusYears(years).plusMonths(1);
    int lastYear = now.getYear() - 1;
    Map<String, Runnable> queries = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      String name = d.name().toLowerCase(java.util.Locale.ROOT);
      queries.put("figures 12 months by " + name, () -> insights.figures(yearAgo, now, d));
    }
    // the 12 months to last month: not a calendar year, so read as 6 blocks (a month, three
    // quarters, two months) where the 12 months to this month are one year
    YearMonth lastMonth = now.minusMonths(1);
    for (Dimension d : List.of(Dimension.INDICATION, Dimension.TEST, Dimension.ORGANISATION)) {
      String name = d.name().toLowerCase(java.util.Locale.ROOT);
      queries.put(
          "figures 12 months to " + lastMonth + " by " + name,
          () -> insights.figures(lastMonth.minusMonths(11), lastMonth, d));
    }
    for (Dimension d : Dimension.values()) {
      String name = d.name().toLowerCase(java.util.Locale.ROOT);
      queries.put("figures " + years + " years by " + name, () -> insights.figures(all, now, d));
    }
    queries.put(
        "figures " + years + " years to " + lastMonth + " by test",
        () -> insights.figures(all.minusMonths(1), lastMonth, Dimension.TEST));
    queries.put("trend " + years + " years", () -> insights.trend(all, now));
    java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of("Europe/London"));
    queries.put(
        "weekly 52 weeks, service",
        () -> insights.weekly(today.minusWeeks(51), today, Dimension.ALL));
    queries.put(
        "weekly 52 weeks by geography",
        () -> insights.weekly(today.minusWeeks(51), today, Dimension.GEOGRAPHY));
    queries.put(
        "weekly 52 weeks by indication",
        () -> insights.weekly(today.minusWeeks(51), today, Dimension.INDICATION));
    queries.put(
        "weekly " + years + " years, service",
        () -> insights.weekly(today.minusYears(years).plusWeeks(1), today, Dimension.ALL));
    queries.put(
        "weekly " + years + " years by geography",
        () -> insights.weekly(today.minusYears(years).plusWeeks(1), today, Dimension.GEOGRAPHY));
    queries.put(
        "weekly " + years + " years by indication",
        () -> insights.weekly(today.minusYears(years).plusWeeks(1), today, Dimension.INDICATION));
    queries.put(
        "diagnostic yield 12 months by indication",
        () -> insights.diagnosticYield(yearAgo, now, Dimension.INDICATION));
    queries.put(
        "diagnostic yield " + years + " years by indication",
        () -> insights.diagnosticYield(all, now, Dimension.INDICATION));
    queries.put(
        "orders behind a figure, " + years + " years (100)",
        () -> insights.orders(all, now, Dimension.GEOGRAPHY, "North West", 100));
    queries.put("backlog now", insights::backlog);
    queries.put(
        "orders behind a figure (100)",
        () -> insights.orders(yearAgo, now, Dimension.GEOGRAPHY, "North West", 100));
    queries.put(
        "public year by geography (cached)", () -> published.year(lastYear, Dimension.GEOGRAPHY));
    queries.put(
        "public CSV by indication (cached)", () -> published.csv(lastYear, Dimension.INDICATION));
    queries.put("public FHIR MeasureReports (cached)", () -> published.fhir(lastYear));
    queries.put("outcomes 12 months (dashboard)", () -> insights.outcomes(yearAgo, now));
    queries.put("public outcomes (cached)", () -> published.outcomes(lastYear));
    long coldStart = System.nanoTime();
    published.year(lastYear, Dimension.ALL);
    System.out.printf(
        "insights: public figures of %d, every dimension suppressed together (first request,"
            + " then cached until the figures change): %.0f ms%n",
        lastYear, (System.nanoTime() - coldStart) / 1e6);
    System.out.printf(
        "insights: %d timed runs of each query after 3 warm-up runs, in-process (no HTTP)%n",
        repeat);
    System.out.printf("%-48s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "max ms");
    double worst = 0;
    for (Map.Entry<String, Runnable> q : queries.entrySet()) {
      for (int i = 0; i < 3; i++) {
        q.getValue().run();
      }
      double[] ms = new double[repeat];
      for (int i = 0; i < repeat; i++) {
        long t = System.nanoTime();
        q.getValue().run();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      double p95 = percentile(ms, 0.95);
      worst = Math.max(worst, p95);
      System.out.printf(
          "%-48s %9.1f %9.1f %9.1f%n", q.getKey(), percentile(ms, 0.5), p95, ms[ms.length - 1]);
    }
    System.out.printf("insights: worst p95 %.1f ms (goal < 300 ms)%n", worst);
  }

  private static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
