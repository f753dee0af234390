package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gms.server.ApiTest;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's figures by age band and sex with the population file configured, through the same
 * figures code as the service's (a second {@link JdbcInsights} over the service's own store, given
 * the fixture file of {@link AgeSexRatesTest}: bands 2,700, 5,800, 12,500, 10,500, 5,000; females
 * 19,000, males 17,500; England 36,500).
 *
 * <p>Fixture: 73 orders requested on 1 March 2016 (no other test uses 2016): 27 at 0-4, 5 at 65+,
 * 41 at 18-39; orders 1-38 female, the rest male. Over the 12 months of 2016: 0-4 is 27 / 2,700 x
 * 100,000 = 1,000 per 100,000, Byar 658.85 to 1,455.00, ratio to England (73 / 36,500) 5.0 with
 * 3.7062 to 6.7454; female 38 / 19,000 = 200, ratio 1.0 with 0.8024 to 1.2463; England 200.
 */
class AgeSexRatesFiguresTest extends ApiTest {

  private static final long FIRST_ID = 9_016_000_001L;
  private static final LocalDate REQUESTED = LocalDate.of(2016, 3, 1);

  @Autowired InsightsStore store;
  @Autowired Labels labels;
  @Autowired ActivityRefresh refresh;
  @Autowired InsightsSettings settings;
  @Autowired Findings findings;
  @Autowired WeeklyStore weekly;
  @Autowired org.gms.server.oncology.ReportedCancerCases cancerCases;
  @Autowired org.gms.server.oncology.TargetedTherapiesStarted therapies;
  @Autowired PgxUse pgx;
  @Autowired org.gms.server.audit.AuditLog audit;
  @Autowired FiguresVersion version;

  @Test
  void ratesByAgeBandAndSexAreTheHandComputedOnes() throws Exception {
    List<OrderFact> facts = new ArrayList<>();
    for (int i = 1; i <= 73; i++) {
      int[] codes = FixtureOrders.codes(labels, d -> "age-sex-fixture");
      codes[Dimension.AGE_BAND.ordinal()] =
          labels.code(Dimension.AGE_BAND, i <= 27 ? "0-4" : i <= 32 ? "65+" : "18-39");
      codes[Dimension.SEX.ordinal()] = labels.code(Dimension.SEX, i <= 38 ? "female" : "male");
      facts.add(FixtureOrders.order(FIRST_ID + i, REQUESTED, 84, null, null, null, codes));
    }
    store.upsert(facts);
    store.rebuild(null);
    version.changed();
    Path file = Path.of(getClass().getResource("/insights/population-ons-long.csv").toURI());
    JdbcInsights configured =
        new JdbcInsights(
            store,
            labels,
            refresh,
            new Populations(settings, AgeSexPopulationFile.read(file)),
            findings,
            weekly,
            cancerCases,
            therapies,
            pgx,
            audit);
    YearMonth from = YearMonth.of(2016, 1);
    YearMonth to = YearMonth.of(2016, 12);

    Figures ages = configured.figures(from, to, Dimension.AGE_BAND);
    Figures.Rate young = row(ages, "0-4").rate();
    assertThat(ages.ratesNote()).isNull();
    assertThat(young.population()).isEqualTo(2_700L);
    assertThat(young.per100k()).isCloseTo(1_000.0, within(1e-9));
    assertThat(young.lower()).isCloseTo(658.8505, within(1e-3));
    assertThat(young.upper()).isCloseTo(1_455.0037, within(1e-3));
    assertThat(young.ratio()).isCloseTo(5.0, within(1e-9));
    assertThat(young.ratioLower()).isCloseTo(3.70623, within(1e-4));
    assertThat(young.ratioUpper()).isCloseTo(6.74539, within(1e-4));
    assertThat(ages.total().rate().population()).isEqualTo(36_500L);
    assertThat(ages.total().rate().per100k()).isCloseTo(200.0, within(1e-9));

    Figures.Rate female = row(configured.figures(from, to, Dimension.SEX), "female").rate();
    assertThat(female.per100k()).isCloseTo(200.0, within(1e-9));
    assertThat(female.ratio()).isCloseTo(1.0, within(1e-9));
    assertThat(female.ratioLower()).isCloseTo(0.80239, within(1e-4));
    assertThat(female.ratioUpper()).isCloseTo(1.24627, within(1e-4));
  }

  private static Figures.Row row(Figures figures, String value) {
    return figures.rows().stream().filter(r -> r.value().equals(value)).findFirst().orElseThrow();
  }
}
