package org.gms.server.insights.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.gms.server.GmsException;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.Indication;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.TestDirectory;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.GeneratedActivity;
import org.gms.server.ordering.TurnaroundTargets;
import org.gms.server.ordering.Urgency;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generated activity over the current test directory: indications drawn with power-law weights (a
 * few are ordered often, most rarely), one of their tests, the seven geographies in proportion to
 * their populations, urgent 8%, turnaround log-normal around each test's target (request to receipt
 * median 6 days; receipt to report median 60% of the target, about one report in six late), 2%
 * cancelled and 1% failed; patients' ethnic group recorded for 85% (of those, 4% not stated and 2%
 * not known, the rest in proportion to England's population at Census 2021) and deprivation decile
 * for 90% (the most deprived tenth tested 20% less than the least); a reported rare-disease order
 * (indication R...) holds a pathogenic or likely pathogenic finding with its indication's yield,
 * drawn between 10% and 45%. Orders get negative ids and {@code generated = true}; written with
 * COPY.
 */
@Component
class Generator implements GeneratedActivity {

  private static final String[] AGE_BANDS = AgeBands.BANDS.toArray(String[]::new);
  private static final double[] AGE_WEIGHTS = {0.24, 0.26, 0.20, 0.20, 0.10};
  private static final int ORGANISATIONS_PER_GEOGRAPHY = 12;
  private static final int BATCH = 50_000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TestDirectory directory;
  private final TurnaroundTargets targets;
  private final Labels labels;
  private final InsightsSettings settings;
  private final InsightsStore store;
  private final FiguresVersion version;

  Generator(
      DataSource dataSource,
      JdbcClient jdbc,
      TestDirectory directory,
      TurnaroundTargets targets,
      Labels labels,
      InsightsSettings settings,
      InsightsStore store,
      FiguresVersion version) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.directory = directory;
    this.targets = targets;
    this.labels = labels;
    this.settings = settings;
    this.store = store;
    this.version = version;
  }

  private record Choice(
      Indication indication, GenomicTest test, double weight, double diagnosticYield) {}

  @Override
  public long generate(int years, int testsPerYear, long seed) {
    if (years < 1 || years > 20 || testsPerYear < 1 || testsPerYear > 5_000_000) {
      throw new GmsException(
          "Generate 1 to 20 years of 1 to 5,000,000 tests a year, not "
              + years
              + " x "
              + testsPerYear);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Choice> choices = choices(random);
    double[] cumulative = new double[choices.size()];
    double sum = 0;
    for (int i = 0; i < choices.size(); i++) {
      sum += choices.get(i).weight();
      cumulative[i] = sum;
    }
    List<String> geographies = new ArrayList<>(settings.population().keySet());
    double[] geoCumulative = new double[geographies.size()];
    double geoSum = 0;
    for (int i = 0; i < geographies.size(); i++) {
      geoSum += settings.population().get(geographies.get(i));
      geoCumulative[i] = geoSum;
    }
    String[] ethnicGroups = ethnicGroups();
    double[] ethnicCumulative = scaled(cumulativeOf(ethnicWeights(ethnicGroups)));
    String[] deciles = new String[11];
    double[] decileWeights = new double[11];
    for (int d = 1; d <= 10; d++) {
      deciles[d - 1] = EquityGroups.imdDecile(d);
      // a gentle gradient of access: the most deprived tenth is tested 20% less than the least
      decileWeights[d - 1] = IMD_RECORDED / 10 * (0.9 + 0.2 * (d - 1) / 9.0);
    }
    deciles[10] = EquityGroups.NOT_RECORDED;
    decileWeights[10] = 1 - IMD_RECORDED;
    double[] decileCumulative = cumulativeOf(decileWeights);
    decileCumulative = scaled(decileCumulative);
    clear();
    LocalDate today = LocalDate.now(ActivityRefresh.SERVICE_ZONE);
    LocalDate start = today.minusYears(years);
    long total = (long) years * testsPerYear;
    long days = ChronoUnit.DAYS.between(start, today);
    StringBuilder rows = new StringBuilder();
    try (Connection connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      String sql =
          "COPY insight_order (order_id, generated, requested_on, received_on, reported_on,"
              + " cancelled_on, failed_on, expected_by, target_days, finding"
              + InsightsStore.dimensionColumns()
              + ") FROM STDIN";
      for (long n = 1; n <= total; n++) {
        Choice c = choices.get(pick(cumulative, random.nextDouble() * sum));
        String geography = geographies.get(pick(geoCumulative, random.nextDouble() * geoSum));
        Urgency urgency = random.nextDouble() < 0.08 ? Urgency.URGENT : Urgency.ROUTINE;
        LocalDate requested = start.plusDays(random.nextLong(days + 1));
        String method = c.test().methodCategory().name();
        int target = targets.days(c.test().code(), method, urgency);
        LocalDate expected = requested.plusDays(target);
        LocalDate received = requested.plusDays(logNormal(random, 6, 0.6));
        LocalDate reported = received.plusDays(logNormal(random, 0.6 * target, 0.45));
        LocalDate cancelled = null;
        LocalDate failed = null;
        double fate = random.nextDouble();
        if (fate < 0.02) {
          cancelled = requested.plusDays(random.nextInt(1, 30));
          received = cancelled.isAfter(received) ? received : null;
          reported = null;
        } else if (fate < 0.03) {
          failed = received.plusDays(random.nextInt(5, 40));
          reported = null;
        }
        received = received != null && received.isAfter(today) ? null : received;
        reported = reported != null && reported.isAfter(today) ? null : reported;
        cancelled = cancelled != null && cancelled.isAfter(today) ? null : cancelled;
        failed = failed != null && failed.isAfter(today) ? null : failed;
        String organisation =
            "Generated Trust "
                + (1 + random.nextInt(ORGANISATIONS_PER_GEOGRAPHY))
                + ", "
                + geography;
        String age = AGE_BANDS[pick(cumulativeOf(AGE_WEIGHTS), random.nextDouble())];
        String sex = random.nextBoolean() ? "female" : "male";
        String urgencyName = urgency.name().toLowerCase(Locale.ROOT);
        rows.append(-n).append("\tt\t").append(requested).append('\t');
        rows.append(orNull(received)).append('\t').append(orNull(reported)).append('\t');
        rows.append(orNull(cancelled)).append('\t').append(orNull(failed)).append('\t');
        rows.append(expected).append('\t').append(target).append('\t');
        boolean rareDisease = c.indication().code().startsWith("R") && reported != null;
        rows.append(rareDisease ? (random.nextDouble() < c.diagnosticYield() ? "1" : "0") : "\\N");
        int[] codes = {
          labels.code(Dimension.INDICATION, c.indication().code()),
          labels.code(Dimension.TEST, c.test().code()),
          labels.code(Dimension.METHOD, method),
          labels.code(Dimension.TEST_GROUP, group(c.indication())),
          labels.code(Dimension.LABORATORY, geography + " GLH"),
          labels.code(Dimension.ORGANISATION, organisation),
          labels.code(Dimension.GEOGRAPHY, geography),
          labels.code(Dimension.URGENCY, urgencyName),
          labels.code(Dimension.AGE_BAND, age),
          labels.code(Dimension.SEX, sex),
          labels.code(Dimension.TARGET, method + " " + urgencyName),
          labels.code(
              Dimension.ETHNIC_GROUP, ethnicGroups[pick(ethnicCumulative, random.nextDouble())]),
          labels.code(Dimension.IMD_DECILE, deciles[pick(decileCumulative, random.nextDouble())])
        };
        for (int code : codes) {
          rows.append('\t').append(code);
        }
        rows.append('\n');
        if (n % BATCH == 0 || n == total) {
          copy.copyIn(sql, new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not write the generated activity: " + e, e);
    }
    jdbc.sql("ANALYZE insight_order").update();
    store.rebuild(null);
    // fresh statistics for the tables just filled (without, the planner expects a few rows and
    // sorts the weekly and roll-up reads on disk)
    for (String table :
        List.of("insight_monthly", "insight_weekly", "insight_week", "insight_rollup")) {
      jdbc.sql("ANALYZE " + table).update();
    }
    version.changed();
    return total;
  }

  /** Share of generated patients with an ethnic category recorded, and of those Z and 99. */
  private static final double ETHNICITY_RECORDED = 0.85;

  private static final double NOT_STATED = 0.04;
  private static final double NOT_KNOWN = 0.02;

  /** Share of generated patients with a deprivation decile recorded. */
  private static final double IMD_RECORDED = 0.9;

  private static String[] ethnicGroups() {
    List<String> out = new ArrayList<>(EquityGroups.ETHNIC_GROUP_POPULATION.keySet());
    out.add("Not stated");
    out.add("Not known");
    out.add(EquityGroups.NOT_RECORDED);
    return out.toArray(String[]::new);
  }

  /** In proportion to England's population among those recorded (Census 2021). */
  private static double[] ethnicWeights(String[] groups) {
    double[] out = new double[groups.length];
    double stated = ETHNICITY_RECORDED * (1 - NOT_STATED - NOT_KNOWN);
    for (int i = 0; i < groups.length - 3; i++) {
      out[i] =
          stated
              * EquityGroups.ETHNIC_GROUP_POPULATION.get(groups[i])
              / EquityGroups.ETHNIC_GROUP_NATION;
    }
    out[groups.length - 3] = ETHNICITY_RECORDED * NOT_STATED;
    out[groups.length - 2] = ETHNICITY_RECORDED * NOT_KNOWN;
    out[groups.length - 1] = 1 - ETHNICITY_RECORDED;
    return out;
  }

  private static double[] scaled(double[] cumulative) {
    double last = cumulative[cumulative.length - 1];
    double[] out = new double[cumulative.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = cumulative[i] / last;
    }
    return out;
  }

  private static String orNull(LocalDate d) {
    return d == null ? "\\N" : d.toString();
  }

  private static double[] cumulativeOf(double[] weights) {
    double[] out = new double[weights.length];
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i];
      out[i] = s;
    }
    return out;
  }

  private static int pick(double[] cumulative, double x) {
    int i = java.util.Arrays.binarySearch(cumulative, x);
    i = i < 0 ? -i - 1 : i;
    return Math.min(i, cumulative.length - 1);
  }

  private static long logNormal(SplittableRandom random, double median, double sigma) {
    double gaussian = gaussian(random);
    return Math.max(0, Math.round(median * Math.exp(sigma * gaussian)));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static String group(Indication indication) {
    String g = indication.specialistTestGroup();
    return g == null || g.isBlank() ? "Unknown" : g;
  }

  private List<Choice> choices(SplittableRandom random) {
    List<Choice> out = new ArrayList<>();
    for (IndicationMatch match : directory.search("", 10_000)) {
      Optional<Indication> indication = directory.indication(match.code(), Optional.empty());
      if (indication.isEmpty() || indication.get().tests().isEmpty()) {
        continue;
      }
      // power law over indications: weight 1/rank^1.1 in a shuffled order
      double weight = Math.pow(1 + random.nextInt(400), -1.1);
      double diagnosticYield = 0.10 + 0.35 * random.nextDouble();
      List<GenomicTest> tests = indication.get().tests();
      for (GenomicTest test : tests) {
        out.add(new Choice(indication.get(), test, weight / tests.size(), diagnosticYield));
      }
    }
    if (out.isEmpty()) {
      throw new GmsException(
          "The test directory is empty: import it first (./gms directory import), then generate.");
    }
    return out;
  }

  @Override
  public boolean present() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM insight_order WHERE generated)")
        .query(Boolean.class)
        .single();
  }

  @Override
  public void clear() {
    jdbc.sql("DELETE FROM insight_order WHERE generated").update();
    store.rebuild(null);
    version.changed();
  }
}
