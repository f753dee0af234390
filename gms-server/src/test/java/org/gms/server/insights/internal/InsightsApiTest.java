package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.analysis.ReportOutcomes;
import org.gms.server.insights.DiagnosticYield;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.gms.server.insights.Weekly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard and public figures of a small fixture of orders in 2020, against values worked out
 * by hand; who may read what; and a real order placed through the ordering API reaching the
 * figures.
 *
 * <p>Fixture: 11 orders requested on 1 January 2020, routine WGS (target 84 days, expected 25 March
 * 2020). Orders 1-10 had their sample on 6 January (5 days) and were reported 10, 20, ..., 100 days
 * after the request; order 11 was cancelled on 15 January without a sample. Orders 1-6 come from
 * North West (population 7,500,000), 7-11 from South West (5,200,000). Age bands: 1-8 "0-4", 9-11
 * "18-39". Indications: 1-8 R29, 9-11 R59. Ethnic group: 1-6 White, 7-9 Asian or Asian British,
 * 10-11 not recorded. Deprivation decile: 1-5 the most deprived, 6-9 the least, 10-11 not recorded.
 * Rare-disease reports (as the analysis feature tells): orders 1-3 and 9 hold a pathogenic or
 * likely pathogenic finding, 4-8 and 10 do not.
 */
class InsightsApiTest extends ApiTest {

  private static final LocalDate REQUESTED = LocalDate.of(2020, 1, 1);
  private static final long FIRST_ID = 9_000_000_001L;

  @Autowired InsightsStore store;
  @Autowired Labels labels;
  @Autowired Insights insights;
  @Autowired FiguresVersion version;
  @Autowired Findings findings;
  @Autowired org.springframework.context.ApplicationEventPublisher events;

  @BeforeEach
  void fixture() {
    List<OrderFact> facts = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      int[] codes = new int[Dimension.values().length];
      codes[Dimension.INDICATION.ordinal()] =
          labels.code(Dimension.INDICATION, i <= 8 ? "R29" : "R59");
      codes[Dimension.TEST.ordinal()] = labels.code(Dimension.TEST, "R29.4");
      codes[Dimension.METHOD.ordinal()] = labels.code(Dimension.METHOD, "WGS");
      codes[Dimension.TEST_GROUP.ordinal()] = labels.code(Dimension.TEST_GROUP, "Core");
      codes[Dimension.LABORATORY.ordinal()] =
          labels.code(Dimension.LABORATORY, i <= 6 ? "North West GLH" : "South West GLH");
      codes[Dimension.ORGANISATION.ordinal()] = labels.code(Dimension.ORGANISATION, "Trust");
      codes[Dimension.GEOGRAPHY.ordinal()] =
          labels.code(Dimension.GEOGRAPHY, i <= 6 ? "North West" : "South West");
      codes[Dimension.URGENCY.ordinal()] = labels.code(Dimension.URGENCY, "routine");
      codes[Dimension.AGE_BAND.ordinal()] =
          labels.code(Dimension.AGE_BAND, i <= 8 ? "0-4" : "18-39");
      codes[Dimension.SEX.ordinal()] = labels.code(Dimension.SEX, "female");
      codes[Dimension.TARGET.ordinal()] = labels.code(Dimension.TARGET, "WGS routine");
      codes[Dimension.ETHNIC_GROUP.ordinal()] =
          labels.code(
              Dimension.ETHNIC_GROUP,
              i <= 6 ? "White" : i <= 9 ? "Asian or Asian British" : "Not recorded");
      codes[Dimension.IMD_DECILE.ordinal()] =
          labels.code(
              Dimension.IMD_DECILE,
              i <= 5 ? "01 most deprived" : i <= 9 ? "10 least deprived" : "Not recorded");
      boolean reported = i <= 10;
      facts.add(
          FixtureOrders.order(
              FIRST_ID + i,
              REQUESTED,
              84,
              reported ? REQUESTED.plusDays(5) : null,
              reported ? REQUESTED.plusDays(10L * i) : null,
              reported ? null : LocalDate.of(2020, 1, 15),
              codes));
    }
    store.upsert(facts);
    List<ReportOutcomes.Outcome> reports = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      reports.add(
          new ReportOutcomes.Outcome(FIRST_ID + i, 1, java.time.Instant.now(), i <= 3 || i == 9));
    }
    findings.save(reports);
    store.rebuild(null);
    version.changed();
  }

  private static final YearMonth FROM = YearMonth.of(2020, 1);
  private static final YearMonth TO = YearMonth.of(2020, 6);

  @Test
  void theServiceFiguresAreTheHandComputedOnes() {
    Figures.Row all = insights.figures(FROM, TO, Dimension.ALL).total();

    assertThat(all.requested()).isEqualTo(11);
    assertThat(all.received()).isEqualTo(10);
    assertThat(all.reported()).isEqualTo(10);
    assertThat(all.cancelled()).isEqualTo(1);
    // request to report: 10, 20, ..., 100 days; median h = 4.5 -> 55, p90 h = 8.1 -> 91
    assertThat(all.requestToReport().median()).isEqualTo(55.0);
    assertThat(all.requestToReport().p90()).isCloseTo(91.0, within(1e-9));
    // request to receipt: ten times 5 days; receipt to report: 5, 15, ..., 95 -> median 50
    assertThat(all.requestToReceipt().median()).isEqualTo(5.0);
    assertThat(all.receiptToReport().median()).isEqualTo(50.0);
    // within target: reported by day 84 -> days 10..80, 8 of 10; Wilson 0.4902 to 0.9433
    assertThat(all.withinTarget()).isEqualTo(8);
    assertThat(all.shareWithinTarget().value()).isEqualTo(0.8);
    assertThat(all.shareWithinTarget().lower()).isCloseTo(0.4902, within(5e-4));
    assertThat(all.shareWithinTarget().upper()).isCloseTo(0.9433, within(5e-4));
  }

  @Test
  void theDiagnosticYieldIsTheHandComputedOne() {
    DiagnosticYield yield = insights.diagnosticYield(FROM, TO, Dimension.INDICATION);

    // R29: 3 of 8 cases with a (likely) pathogenic finding; Wilson 0.1368 to 0.6943
    DiagnosticYield.Row r29 = yield.rows().get(0);
    assertThat(r29.value()).isEqualTo("R29");
    assertThat(r29.reported()).isEqualTo(8);
    assertThat(r29.pathogenic()).isEqualTo(3);
    assertThat(r29.share().value()).isEqualTo(0.375);
    assertThat(r29.share().lower()).isCloseTo(0.1368, within(5e-4));
    assertThat(r29.share().upper()).isCloseTo(0.6943, within(5e-4));
    // R59: 1 of 2 (order 11 was cancelled: no report); Wilson 0.0945 to 0.9055
    DiagnosticYield.Row r59 = yield.rows().get(1);
    assertThat(r59.value()).isEqualTo("R59");
    assertThat(r59.reported()).isEqualTo(2);
    assertThat(r59.share().lower()).isCloseTo(0.0945, within(5e-4));
    assertThat(r59.share().upper()).isCloseTo(0.9055, within(5e-4));
    // the service: 4 of 10; Wilson 0.1682 to 0.6873
    assertThat(yield.total().reported()).isEqualTo(10);
    assertThat(yield.total().pathogenic()).isEqualTo(4);
    assertThat(yield.total().share().lower()).isCloseTo(0.1682, within(5e-4));
    assertThat(yield.total().share().upper()).isCloseTo(0.6873, within(5e-4));
  }

  @Test
  void anAmendedReportMovesTheYield() {
    // order 4's report is amended to report a likely pathogenic variant
    findings.save(
        List.of(new ReportOutcomes.Outcome(FIRST_ID + 4, 2, java.time.Instant.now(), true)));
    store.rebuild(store.monthsOf(List.of(FIRST_ID + 4)));

    DiagnosticYield yield = insights.diagnosticYield(FROM, TO, Dimension.INDICATION);
    assertThat(yield.rows().get(0).pathogenic()).isEqualTo(4);
    assertThat(yield.total().pathogenic()).isEqualTo(5);
  }

  @Test
  void thePublishedYieldShowsNoCountBelowFive() throws Exception {
    JsonNode year =
        JSON.readTree(ApiClient.anonymous(port).get("/api/public/insights/2020?by=all").body());
    JsonNode rows = year.get("diagnosticYield");
    assertThat(rows.size()).isEqualTo(3);
    for (JsonNode row : rows) {
      for (String count : List.of("reported", "pathogenic")) {
        long n = row.get(count).asLong(-1);
        assertThat(n >= 1 && n <= 4).as(row.toString()).isFalse();
      }
      assertThat(row.get("share").isNull())
          .as("a share only where both counts are shown: " + row)
          .isEqualTo(row.get("reported").isNull() || row.get("pathogenic").isNull());
    }
    // R29: 3 of 8 (3 is hidden, and another cell of its row with it); R59: 1 of 2, both hidden
    assertThat(rows.at("/0/indication").asString()).isEqualTo("R29");
    assertThat(rows.at("/0/pathogenic").isNull()).isTrue();
    assertThat(rows.at("/1/reported").isNull()).isTrue();
    assertThat(rows.at("/1/pathogenic").isNull()).isTrue();
  }

  @Test
  void activityByIsoWeekIsTheHandCountedOne() {
    Weekly weekly =
        insights.weekly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), Dimension.GEOGRAPHY);

    // Wednesday 1 January 2020 is in ISO week 2020-W01, which starts on Monday 30 December 2019
    assertThat(weekly.weeks())
        .extracting(Weekly.Week::week)
        .containsExactly("2020-W01", "2020-W02", "2020-W03", "2020-W04", "2020-W05");
    Weekly.Week first = weekly.weeks().get(0);
    assertThat(first.starts()).isEqualTo(LocalDate.of(2019, 12, 30));
    assertThat(first.total()).isEqualTo(new Weekly.Counts(11, 0, 0, 0, 0));
    assertThat(first.values().get("North West").requested()).isEqualTo(6);
    assertThat(first.values().get("South West").requested()).isEqualTo(5);
    // samples on Monday 6 January, the first report (10 days) on Saturday 11 January
    assertThat(weekly.weeks().get(1).total()).isEqualTo(new Weekly.Counts(0, 10, 1, 0, 0));
    // order 11 cancelled on Wednesday 15 January
    assertThat(weekly.weeks().get(2).total()).isEqualTo(new Weekly.Counts(0, 0, 0, 1, 0));
    // reports on Tuesday 21 and Friday 31 January
    assertThat(weekly.weeks().get(3).total().reported()).isEqualTo(1);
    assertThat(weekly.weeks().get(4).total().reported()).isEqualTo(1);

    // 2020-W09 runs from 24 February to Sunday 1 March, the day of the report of order 6 (60 days)
    Weekly across =
        insights.weekly(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 3, 1), Dimension.ALL);
    assertThat(across.weeks())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.week()).isEqualTo("2020-W09");
              assertThat(w.total()).isEqualTo(new Weekly.Counts(0, 0, 1, 0, 0));
              assertThat(w.values()).isEmpty();
            });
  }

  @Test
  void theBacklogCountsOpenOrdersAndThosePastTheirExpectedDate() {
    // requested on 3 June 2019 for a laboratory of its own, expected by 2 September 2019: open,
    // and overdue today
    int[] codes = new int[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      codes[d.ordinal()] = labels.code(d, d == Dimension.LABORATORY ? "Backlog GLH" : "Unknown");
    }
    LocalDate requested = LocalDate.of(2019, 6, 3);
    // the order as received and reported on the days given (null: not yet)
    BiConsumer<LocalDate, LocalDate> order =
        (received, reported) -> {
          store.upsert(
              List.of(
                  FixtureOrders.order(
                      FIRST_ID + 20, requested, 91, received, reported, null, codes)));
          store.rebuild(null);
        };
    order.accept(null, null);
    assertThat(insights.backlog().byLaboratory().get("Backlog GLH")).containsExactly(1, 1);

    // reported: it leaves the backlog
    order.accept(requested.plusDays(5), LocalDate.of(2019, 10, 1));
    assertThat(insights.backlog().byLaboratory()).doesNotContainKey("Backlog GLH");
  }

  @Test
  void geographiesHaveRatesPer100000AndRatiosToTheNation() {
    Figures figures = insights.figures(FROM, TO, Dimension.GEOGRAPHY);
    Figures.Row northWest = row(figures, "North West");

    assertThat(northWest.requested()).isEqualTo(6);
    // 10..60 days: median h = 2.5 -> 35, p90 h = 4.5 -> 55
    assertThat(northWest.requestToReport().median()).isEqualTo(35.0);
    assertThat(northWest.requestToReport().p90()).isEqualTo(55.0);
    // 6 / (7,500,000 x 0.5 years) x 100,000 = 0.16; Byar(6) = 2.1910 to 13.0598, scaled
    Figures.Rate rate = northWest.rate();
    assertThat(rate.per100k()).isCloseTo(0.16, within(1e-9));
    assertThat(interval(rate))
        .containsExactly(new double[] {0.16, 0.058426, 0.348260}, within(1e-5));
    // (6/7.5e6)/(11/57.1e6) = 4.1527, SE sqrt(1/6 - 1/11): 2.4213 to 7.1223
    assertThat(ratio(rate)).containsExactly(new double[] {4.1527, 2.4213, 7.1223}, within(5e-4));
    // the nation: 11 / (57,100,000 x 0.5) x 100,000
    assertThat(figures.total().rate().per100k()).isCloseTo(0.0385289, within(1e-6));
    assertThat(figures.total().rate().ratio()).isNull();
  }

  @Test
  void ethnicGroupsHaveCensusRatesAndRatiosToEngland() {
    Figures figures = insights.figures(FROM, TO, Dimension.ETHNIC_GROUP);
    Figures.Row white = row(figures, "White");

    assertThat(white.requested()).isEqualTo(6);
    // reported after 10..60 days: median 35, p90 55, all within the 84-day target
    assertThat(white.requestToReport().median()).isEqualTo(35.0);
    assertThat(white.requestToReport().p90()).isEqualTo(55.0);
    assertThat(white.withinTarget()).isEqualTo(6);
    // 6 / (45,783,401 x 0.5 years) x 100,000 = 0.0262104; Byar(6) 2.1910 to 13.0598, scaled
    Figures.Rate rate = white.rate();
    assertThat(rate.population()).isEqualTo(45_783_401L);
    assertThat(interval(rate))
        .containsExactly(new double[] {0.0262104, 0.0095711, 0.0570502}, within(1e-6));
    // against England at Census 2021 (56,490,048): (6/45,783,401) / (11/56,490,048) = 0.67301;
    // SE(ln RR) = sqrt(1/6 - 1/11) = 0.27524: 0.39241 to 1.15427
    assertThat(ratio(rate)).containsExactly(new double[] {0.67301, 0.39241, 1.15427}, within(5e-5));
    assertThat(figures.total().rate().population()).isEqualTo(56_490_048L);
    assertThat(figures.total().rate().per100k()).isCloseTo(0.0389449, within(1e-6));
    // not recorded: counted, without a rate
    Figures.Row notRecorded = row(figures, "Not recorded");
    assertThat(notRecorded.requested()).isEqualTo(2);
    assertThat(notRecorded.rate()).isNull();
  }

  @Test
  void deprivationDecilesHaveATenthOfEnglandEach() {
    Figures figures = insights.figures(FROM, TO, Dimension.IMD_DECILE);
    Figures.Rate rate = row(figures, "01 most deprived").rate();

    // 5 / (57,100,000 / 10 x 0.5 years) x 100,000 = 0.175131; Byar(5) scaled: 0.056439 to 0.408692
    assertThat(rate.population()).isEqualTo(5_710_000L);
    assertThat(interval(rate))
        .containsExactly(new double[] {0.175131, 0.056439, 0.408692}, within(1e-6));
    // (5/5.71e6) / (11/57.1e6) = 50/11 = 4.54545; SE sqrt(1/5 - 1/11) = 0.33029: 2.37922 to 8.68400
    assertThat(ratio(rate)).containsExactly(new double[] {4.54545, 2.37922, 8.68400}, within(5e-5));
    assertThat(row(figures, "Not recorded").rate()).isNull();
    // orders 6-9: reported after 60, 70, 80, 90 days, one of them late
    Figures.Row least = row(figures, "10 least deprived");
    assertThat(least.requestToReport().median()).isEqualTo(75.0);
    assertThat(least.withinTarget()).isEqualTo(3);
  }

  @Test
  void withoutThePopulationFileAgeBandAndSexHaveNoRatesAndSayWhichPropertyToSet() throws Exception {
    ApiClient manager = ApiClient.as(Role.SERVICE_MANAGER, accounts, port);
    for (String by : List.of("age-band", "sex")) {
      JsonNode figures =
          JSON.readTree(
              manager.get("/api/insights/figures?from=2020-01&to=2020-06&by=" + by).body());
      assertThat(figures.get("ratesNote").asString())
          .contains("gms.insights.population-by-age-sex");
      assertThat(figures.get("rows").size()).isGreaterThan(0);
      for (JsonNode row : figures.get("rows")) {
        assertThat(row.get("rate").isNull()).as(row.toString()).isTrue();
      }
      JsonNode year =
          JSON.readTree(ApiClient.anonymous(port).get("/api/public/insights/2020?by=" + by).body());
      assertThat(year.get("ratesNote").asString()).contains("gms.insights.population-by-age-sex");
      for (JsonNode rate : year.get("rates")) {
        assertThat(rate.isNull()).isTrue();
      }
    }
    JsonNode geography =
        JSON.readTree(
            manager.get("/api/insights/figures?from=2020-01&to=2020-06&by=geography").body());
    assertThat(geography.get("ratesNote").isNull()).isTrue();
  }

  @Test
  void publishedEquityFiguresShowNoCountBelowFive() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    for (String by : List.of("ethnic-group", "imd-decile")) {
      JsonNode year = publishedWithNoCountBelowFive(anyone, by);
      for (String table : List.of("turnaroundByEthnicGroup", "turnaroundByImdDecile")) {
        JsonNode rows = year.get(table);
        assertThat(rows.size()).as(table).isGreaterThan(1);
        assertThat(rows.get(rows.size() - 1).get("group").asString()).isEqualTo("All");
        for (JsonNode row : rows) {
          if (row.get("reported").isNull() || row.get("reported").asLong() < 5) {
            assertThat(row.get("median").isNull()).as(row.toString()).isTrue();
          }
        }
      }
    }
    // Asian or Asian British: 3 requests, hidden; the rate is absent with it
    JsonNode ethnic = JSON.readTree(anyone.get("/api/public/insights/2020?by=ethnic-group").body());
    int asian = indexOf(ethnic.get("values"), "Asian or Asian British");
    assertThat(ethnic.at("/yearTotals/" + asian).isNull()).isTrue();
    assertThat(ethnic.at("/rates/" + asian).isNull()).isTrue();
  }

  private static int indexOf(JsonNode values, String value) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).asString().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + values);
  }

  /** A dimension's published figures for 2020, checked to show no count from 1 to 4. */
  private static JsonNode publishedWithNoCountBelowFive(ApiClient anyone, String by)
      throws Exception {
    HttpResponse<String> response = anyone.get("/api/public/insights/2020?by=" + by);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode year = JSON.readTree(response.body());
    for (JsonNode n : numbers(year)) {
      assertThat(n.asLong() >= 1 && n.asLong() <= 4).as(by + ": " + response.body()).isFalse();
    }
    return year;
  }

  /** A rate per 100,000 with its confidence interval. */
  private static double[] interval(Figures.Rate rate) {
    return new double[] {rate.per100k(), rate.lower(), rate.upper()};
  }

  /** A rate's ratio to the nation's with its confidence interval. */
  private static double[] ratio(Figures.Rate rate) {
    return new double[] {rate.ratio(), rate.ratioLower(), rate.ratioUpper()};
  }

  private static Figures.Row row(Figures figures, String value) {
    return figures.rows().stream().filter(r -> r.value().equals(value)).findFirst().orElseThrow();
  }

  @Test
  void thePublicFiguresShowNoCountBelowFiveAndHideWhatWouldRevealOne() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    for (String by : List.of("all", "geography", "age-band", "urgency", "target", "test")) {
      publishedWithNoCountBelowFive(anyone, by);
    }
    JsonNode ages = JSON.readTree(anyone.get("/api/public/insights/2020?by=age-band").body());
    // 18-39 has 3 requests: hidden, and so is 0-4 (8), else 11 - 8 would give it away
    assertThat(ages.at("/yearTotals/0").isNull()).isTrue();
    assertThat(ages.at("/yearTotals/1").isNull()).isTrue();
    assertThat(ages.at("/total").asLong()).isEqualTo(11);

    HttpResponse<String> csv = anyone.get("/api/public/insights/2020/csv?by=age-band", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("2020-01,[c],[c],11");
  }

  @Test
  void theFhirMeasureReportsPublishWhatTheJsonPublishesAndMaskTheRest() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    HttpResponse<String> response =
        anyone.get("/api/public/insights/2020/fhir", "application/fhir+json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String fhir = response.body();
    assertThat(org.gms.server.FhirValidation.errors(fhir)).isEmpty();

    JsonNode bundle = JSON.readTree(fhir);
    assertThat(bundle.get("type").asString()).isEqualTo("collection");
    List<JsonNode> measures = resources(bundle, "Measure");
    List<JsonNode> reports = resources(bundle, "MeasureReport");
    assertThat(measures).hasSize(reports.size()).hasSizeGreaterThanOrEqualTo(6);
    for (JsonNode report : reports) {
      assertThat(report.get("type").asString()).isEqualTo("summary");
      assertThat(report.at("/period/start").asString()).isEqualTo("2020-01-01");
      assertThat(report.at("/period/end").asString()).isEqualTo("2020-12-31");
      assertThat(measures)
          .as("each report's Measure is in the bundle")
          .anyMatch(m -> m.get("url").asString().equals(report.get("measure").asString()));
    }
    for (JsonNode count : fields(bundle, "count")) {
      assertThat(count.asLong() >= 1 && count.asLong() <= 4).as("count " + count).isFalse();
    }

    JsonNode requests = report(reports, "urn:gms:measure:gms-requests");
    assertThat(requests.at("/group/0/population/0/count").asLong()).isEqualTo(11);
    for (String by : List.of("age-band", "geography", "test")) {
      JsonNode json = JSON.readTree(anyone.get("/api/public/insights/2020?by=" + by).body());
      JsonNode strata = stratifier(requests, by).get("stratum");
      assertThat(strata.size()).isEqualTo(json.get("values").size());
      for (int v = 0; v < strata.size(); v++) {
        JsonNode stratum = strata.get(v);
        JsonNode population = stratum.at("/population/0");
        assertThat(stratum.at("/value/text").asString())
            .isEqualTo(json.at("/values/" + v).asString());
        if (json.at("/yearTotals/" + v).isNull()) {
          assertThat(population.has("count")).as(by + " " + stratum).isFalse();
          assertThat(population.at("/_count/extension/0/url").asString())
              .isEqualTo("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
          assertThat(population.at("/_count/extension/0/valueCode").asString()).isEqualTo("masked");
        } else {
          assertThat(population.get("count").asLong())
              .isEqualTo(json.at("/yearTotals/" + v).asLong());
        }
      }
    }
    // 18-39 (3 requests) and 0-4 (8, which would reveal it) are masked, as in the JSON
    assertThat(stratifier(requests, "age-band").findValues("count")).isEmpty();

    JsonNode onTime = report(reports, "urn:gms:measure:gms-reports-within-target");
    JsonNode year = JSON.readTree(anyone.get("/api/public/insights/2020?by=all").body());
    JsonNode service = year.at("/turnaround/" + (year.get("turnaround").size() - 1));
    JsonNode denominator = onTime.at("/group/0/population/0");
    assertThat(denominator.at("/code/coding/0/code").asString()).isEqualTo("denominator");
    assertThat(denominator.has("count")).isEqualTo(!service.get("reported").isNull());
    if (!service.get("reported").isNull()) {
      assertThat(denominator.get("count").asLong()).isEqualTo(service.get("reported").asLong());
    }
    assertThat(onTime.at("/group/0/measureScore").has("value"))
        .isEqualTo(!service.get("withinTarget").isNull() && !service.get("reported").isNull());

    JsonNode yield = report(reports, "urn:gms:measure:gms-diagnostic-yield");
    JsonNode r59 = stratifier(yield, "indication").at("/stratum/1");
    assertThat(r59.at("/value/text").asString()).isEqualTo("R59");
    assertThat(r59.findValues("count")).as("1 of 2 is masked").isEmpty();
    assertThat(r59.at("/measureScore/extension/0/valueCode").asString()).isEqualTo("masked");

    assertThat(anyone.get("/v3/api-docs").body()).contains("/api/public/insights/{year}/fhir");
  }

  @Test
  void managersHaveTheSameMeasureReportsUnsuppressedAndMarkedNotForPublication() throws Exception {
    String path = "/api/insights/fhir/2020";
    assertThat(ApiClient.anonymous(port).get(path, "application/fhir+json").statusCode())
        .isEqualTo(401);
    assertThat(
            ApiClient.as(Role.CLINICIAN, accounts, port)
                .get(path, "application/fhir+json")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> response =
        ApiClient.as(Role.SERVICE_MANAGER, accounts, port).get(path, "application/fhir+json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(org.gms.server.FhirValidation.errors(response.body())).isEmpty();

    List<JsonNode> reports = resources(JSON.readTree(response.body()), "MeasureReport");
    for (JsonNode report : reports) {
      assertThat(report.at("/meta/tag").findValuesAsString("code")).contains("not-for-publication");
    }
    JsonNode ages =
        stratifier(report(reports, "urn:gms:measure:gms-requests"), "age-band").get("stratum");
    assertThat(ages.findValues("count")).extracting(JsonNode::asLong).containsExactly(8L, 3L);
    JsonNode yield = report(reports, "urn:gms:measure:gms-diagnostic-yield");
    JsonNode r59 = stratifier(yield, "indication").at("/stratum/1");
    assertThat(r59.findValues("count")).extracting(JsonNode::asLong).containsExactly(2L, 1L);
    assertThat(r59.at("/measureScore/value").asDouble()).isEqualTo(0.5);
  }

  private static List<JsonNode> resources(JsonNode bundle, String type) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode entry : bundle.get("entry")) {
      if (entry.at("/resource/resourceType").asString().equals(type)) {
        out.add(entry.get("resource"));
      }
    }
    return out;
  }

  private static JsonNode report(List<JsonNode> reports, String measure) {
    return reports.stream()
        .filter(r -> r.get("measure").asString().equals(measure))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode stratifier(JsonNode report, String code) {
    for (JsonNode s : report.at("/group/0/stratifier")) {
      if (s.at("/code/0/coding/0/code").asString().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no stratifier " + code);
  }

  private static List<JsonNode> fields(JsonNode node, String name) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isObject() && node.has(name)) {
      out.add(node.get(name));
    }
    if (node.isContainer()) {
      node.forEach(child -> out.addAll(fields(child, name)));
    }
    return out;
  }

  private static List<JsonNode> numbers(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isIntegralNumber()) {
      out.add(node);
    }
    if (node.isContainer()) {
      node.forEach(child -> out.addAll(numbers(child)));
      // the year itself is not a count
      if (node.has("year")) {
        out.remove(node.get("year"));
      }
    }
    return out;
  }

  @Test
  void publishedWeeksAreCutAtMonthEndsAndAddUpToTheMonths() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    HttpResponse<String> response = anyone.get("/api/public/insights/2020/weekly");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode weeks = JSON.readTree(response.body());
    JsonNode parts = weeks.get("parts");
    // 2020-W01 runs from Monday 30 December 2019: its January part is 1 to 5 January, with the
    // 11 requests of 1 January
    JsonNode first = parts.get(0);
    assertThat(first.get("week").asString()).isEqualTo("2020-W01");
    assertThat(first.get("from").asString()).isEqualTo("2020-01-01");
    assertThat(first.get("to").asString()).isEqualTo("2020-01-05");
    assertThat(first.get("month").asString()).isEqualTo("2020-01");
    assertThat(first.get("requested").asLong()).isEqualTo(11);
    // every day of the year is in exactly one part; each month's parts add up to its total
    long days = 0;
    long[] sums = new long[12];
    for (JsonNode part : parts) {
      days +=
          java.time.temporal.ChronoUnit.DAYS.between(
                  LocalDate.parse(part.get("from").asString()),
                  LocalDate.parse(part.get("to").asString()))
              + 1;
      long n = part.get("requested").asLong(-1);
      assertThat(n >= 1 && n <= 4).as(part.toString()).isFalse();
      sums[Integer.parseInt(part.get("month").asString().substring(5)) - 1] += n;
    }
    assertThat(days).isEqualTo(366);
    for (int m = 0; m < 12; m++) {
      assertThat(sums[m]).isEqualTo(weeks.at("/monthTotals/" + m).asLong());
    }
    assertThat(anyone.get("/v3/api-docs").body()).contains("/api/public/insights/{year}/weekly");
  }

  @Test
  void publishedWeeksByValueAddUpToThePublishedMonthsAndHideWhatTheyHide() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    // by geography: 6 requests from the North West and 5 from the South West on 1 January, all
    // shown by month, so the first part shows both and every other January part 0
    JsonNode weeks =
        JSON.readTree(anyone.get("/api/public/insights/2020/weekly?by=geography").body());
    JsonNode year = JSON.readTree(anyone.get("/api/public/insights/2020?by=geography").body());
    assertThat(weeks.get("dimension").asString()).isEqualTo("GEOGRAPHY");
    assertThat(weeks.get("values")).isEqualTo(year.get("values"));
    int northWest = List.of("North West", "South West").indexOf(weeks.at("/values/0").asString());
    assertThat(weeks.at("/parts/0/byValue/" + (northWest == 0 ? 0 : 1)).asLong()).isEqualTo(6);
    assertThat(weeks.at("/parts/0/byValue/" + (northWest == 0 ? 1 : 0)).asLong()).isEqualTo(5);
    // each value's parts in a month add up to its published monthly count
    int values = weeks.get("values").size();
    long[][] sums = new long[12][values];
    for (JsonNode part : weeks.get("parts")) {
      int m = Integer.parseInt(part.get("month").asString().substring(5)) - 1;
      for (int v = 0; v < values; v++) {
        sums[m][v] += part.at("/byValue/" + v).asLong();
      }
    }
    for (int m = 0; m < 12; m++) {
      for (int v = 0; v < values; v++) {
        assertThat(sums[m][v]).isEqualTo(year.at("/months/" + m + "/" + v).asLong());
      }
    }
    // by indication: R29 8 and R59 3 in January, both suppressed by month (3 is small, and 8
    // would give it away), so every January part of both is suppressed; nothing 1 to 4 is shown
    JsonNode byIndication =
        JSON.readTree(anyone.get("/api/public/insights/2020/weekly?by=indication").body());
    for (JsonNode part : byIndication.get("parts")) {
      for (JsonNode cell : part.get("byValue")) {
        assertThat(cell.isNull() || cell.asLong() == 0 || cell.asLong() >= 5)
            .as(part.toString())
            .isTrue();
        if (part.get("month").asString().equals("2020-01")) {
          assertThat(cell.isNull()).as(part.toString()).isTrue();
        }
      }
    }
    // the service only, as before
    JsonNode service = JSON.readTree(anyone.get("/api/public/insights/2020/weekly").body());
    assertThat(service.get("values")).isEmpty();
    assertThat(service.at("/parts/0/byValue")).isEmpty();
    assertThat(anyone.get("/api/public/insights/2020/weekly?by=colour").statusCode())
        .isEqualTo(400);
  }

  @Test
  void pharmacogenomicChecksReachTheOutcomes() throws Exception {
    YearMonth month = YearMonth.of(2019, 3);
    java.time.Instant at = java.time.Instant.parse("2019-03-10T10:00:00Z");
    String path = "/api/insights/outcomes?from=2019-03&to=2019-03";
    ApiClient manager = ApiClient.as(Role.SERVICE_MANAGER, accounts, port);
    JsonNode before = JSON.readTree(manager.get(path).body());
    long checks = before.at("/pgxTotal/checks").asLong();
    long cards = before.at("/pgxTotal/cards").asLong();

    events.publishEvent(
        new org.gms.server.decisionsupport.PgxChecked(
            "order-sign", java.util.Map.of("clopidogrel", 1, "simvastatin", 0), at));

    HttpResponse<String> response = manager.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(response.body());
    assertThat(after.at("/pgxTotal/checks").asLong()).isEqualTo(checks + 2);
    assertThat(after.at("/pgxTotal/cards").asLong()).isEqualTo(cards + 1);
    assertThat(insights.outcomes(month, month).pgx())
        .extracting(org.gms.server.insights.Outcomes.PgxRow::drug)
        .contains("clopidogrel", "simvastatin");
    assertThat(ApiClient.as(Role.CLINICIAN, accounts, port).get(path).statusCode()).isEqualTo(403);
  }

  @Test
  void theDashboardIsForManagersAndAdministrators() throws Exception {
    String path = "/api/insights/figures?from=2020-01&to=2020-06&by=geography";
    assertThat(ApiClient.as(Role.CLINICIAN, accounts, port).get(path).statusCode()).isEqualTo(403);
    assertThat(ApiClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
    HttpResponse<String> manager = ApiClient.as(Role.SERVICE_MANAGER, accounts, port).get(path);
    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
    assertThat(JSON.readTree(manager.body()).at("/total/requested").asLong()).isEqualTo(11);
    HttpResponse<String> weekly =
        ApiClient.as(Role.SERVICE_MANAGER, accounts, port)
            .get("/api/insights/weekly?from=2020-01-01&to=2020-01-31&by=urgency");
    assertThat(weekly.statusCode()).as(weekly.body()).isEqualTo(200);
    assertThat(JSON.readTree(weekly.body()).at("/weeks/0/values/routine/requested").asLong())
        .isEqualTo(11);
    HttpResponse<String> badDay =
        ApiClient.as(Role.SERVICE_MANAGER, accounts, port)
            .get("/api/insights/weekly?from=2020-01&to=2020-01-31");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.body()).contains("yyyy-mm-dd");
    HttpResponse<String> drill =
        ApiClient.as(Role.ADMINISTRATOR, accounts, port)
            .get("/api/insights/orders?from=2020-01&to=2020-06&by=geography&value=North+West");
    assertThat(drill.statusCode()).as(drill.body()).isEqualTo(200);
    assertThat(JSON.readTree(drill.body()).size()).isEqualTo(6);
  }

  @Test
  void aRealOrderReachesTheFigures() throws Exception {
    directory.importBundledIfMissing();
    YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
    insights.refresh();
    long before = insights.figures(now, now, Dimension.ALL).total().requested();
    Figures.Backlog backlogBefore = insights.backlog();
    long[] labBefore =
        backlogBefore.byLaboratory().getOrDefault("North West GLH", new long[] {0, 0});
    ApiClient clinician =
        ApiClient.as("insights-dr", Role.CLINICIAN, "Insights Hospital", accounts, port);
    String nhs = "9991000100";
    if (clinician.get("/api/patients/" + nhs).statusCode() == 404) {
      assertThat(
              clinician
                  .post(
                      "/api/patients",
                      "application/json",
                      """
                      {"nhsNumber": "%s", "name": "Insights Patient", "dateOfBirth": "2019-03-01",
                       "sex": "female"}
                      """
                          .formatted(nhs))
                  .statusCode())
          .as("registered, or registered already by another test's organisation")
          .isIn(201, 409);
    }
    HttpResponse<String> order =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "insights-%d", "patient": "%s", "indication": "R29", "test": "R29.4",
             "laboratory": "North West GLH", "urgency": "routine", "hpoTerms": ["HP:0001249"],
             "researchParticipation": false, "recontact": false}
            """
                .formatted(System.nanoTime(), nhs));
    assertThat(order.statusCode()).as(order.body()).isEqualTo(201);

    insights.refresh();
    Figures figures = insights.figures(now, now, Dimension.GEOGRAPHY);
    assertThat(figures.total().requested()).isEqualTo(before + 1);
    assertThat(figures.rows()).anyMatch(r -> r.value().equals("North West"));
    // the new order is open, not yet overdue, in its laboratory's backlog
    Figures.Backlog backlog = insights.backlog();
    assertThat(backlog.open()).isEqualTo(backlogBefore.open() + 1);
    assertThat(backlog.overdue()).isEqualTo(backlogBefore.overdue());
    assertThat(backlog.byLaboratory().get("North West GLH"))
        .containsExactly(labBefore[0] + 1, labBefore[1]);

    // the patient's ethnic category is recorded later: their orders move to its group
    long mixedBefore = requested(insights.figures(now, now, Dimension.ETHNIC_GROUP), "Mixed");
    HttpResponse<String> equity =
        clinician.send(
            "PUT",
            "/api/patients/" + nhs + "/equity",
            "application/json",
            "{\"ethnicCategory\": \"F\", \"imdDecile\": 4}");
    assertThat(equity.statusCode()).as(equity.body()).isEqualTo(200);
    insights.refresh();
    Figures byGroup = insights.figures(now, now, Dimension.ETHNIC_GROUP);
    assertThat(requested(byGroup, "Mixed")).isGreaterThan(mixedBefore);
    assertThat(requested(insights.figures(now, now, Dimension.IMD_DECILE), "04")).isPositive();
    assertThat(byGroup.total().requested()).isEqualTo(before + 1);
  }

  /** Requests of the value whose label starts with {@code prefix} (0 when absent). */
  private static long requested(Figures figures, String prefix) {
    return figures.rows().stream()
        .filter(r -> r.value().startsWith(prefix))
        .mapToLong(Figures.Row::requested)
        .sum();
  }
}
