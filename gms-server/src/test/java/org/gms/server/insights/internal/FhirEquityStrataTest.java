package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.FhirValidation;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Insights;
import org.gms.server.insights.PublishedYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The FHIR bundle's rates by every dimension the JSON gives rates by, and its turnaround by ethnic
 * group and deprivation decile, against the public JSON of the same year, stratum by stratum.
 *
 * <p>Fixture: 30 orders requested on 1 March 2013 (no other test uses 2013), routine (target 84
 * days); order i reported 7 x i days later for i up to 27, the rest open. Ethnic group: 1-20 White,
 * 21-23 Asian or Asian British (3: suppressed), 24-28 Black, 29-30 not recorded. Deprivation
 * decile: 1-12 the most deprived, 13-14 the fifth, 15-28 the least, 29-30 not recorded. Geography:
 * 1-18 North West, the rest South West. Age band: 1-10 0-4, 11-13 18-39 (3: suppressed), the rest
 * 65+. Sex: 1-16 female, 17-28 male, 29-30 unknown (no population).
 */
class FhirEquityStrataTest extends ApiTest {

  private static final int YEAR = 2013;
  private static final long FIRST_ID = 9_013_000_001L;
  private static final LocalDate REQUESTED = LocalDate.of(YEAR, 3, 1);
  private static final String RATE = "urn:gms:measure:gms-request-rate";

  @Autowired InsightsStore store;
  @Autowired Labels labels;
  @Autowired InsightsSettings settings;
  @Autowired Insights insights;
  @Autowired FiguresVersion version;
  @Autowired Findings findings;
  @Autowired WeeklyStore weeks;
  @Autowired PublicOutcomes outcomes;

  @BeforeEach
  void fixture() {
    List<OrderFact> facts = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      int[] codes = FixtureOrders.codes(labels, d -> "fhir-strata-fixture");
      codes[Dimension.TARGET.ordinal()] = labels.code(Dimension.TARGET, "WGS routine");
      codes[Dimension.ETHNIC_GROUP.ordinal()] =
          labels.code(
              Dimension.ETHNIC_GROUP,
              i <= 20
                  ? "White"
                  : i <= 23
                      ? "Asian or Asian British"
                      : i <= 28 ? "Black, Black British, Caribbean or African" : "Not recorded");
      codes[Dimension.IMD_DECILE.ordinal()] =
          labels.code(
              Dimension.IMD_DECILE,
              i <= 12
                  ? "01 most deprived"
                  : i <= 14 ? "05" : i <= 28 ? "10 least deprived" : "Not recorded");
      codes[Dimension.GEOGRAPHY.ordinal()] =
          labels.code(Dimension.GEOGRAPHY, i <= 18 ? "North West" : "South West");
      codes[Dimension.AGE_BAND.ordinal()] =
          labels.code(Dimension.AGE_BAND, i <= 10 ? "0-4" : i <= 13 ? "18-39" : "65+");
      codes[Dimension.SEX.ordinal()] =
          labels.code(Dimension.SEX, i <= 16 ? "female" : i <= 28 ? "male" : "unknown");
      boolean reported = i <= 27;
      facts.add(
          FixtureOrders.order(
              FIRST_ID + i,
              REQUESTED,
              84,
              reported ? REQUESTED.plusDays(3) : null,
              reported ? REQUESTED.plusDays(7L * i) : null,
              null,
              codes));
    }
    store.upsert(facts);
    store.rebuild(null);
    version.changed();
  }

  @Test
  void ratesAndTurnaroundByEquityGroupAreTheJsonsAndHiddenOnesStayHidden() throws Exception {
    ApiClient anyone = ApiClient.anonymous(port);
    String fhir =
        anyone.get("/api/public/insights/" + YEAR + "/fhir", "application/fhir+json").body();
    assertThat(FhirValidation.errors(fhir)).isEmpty();
    JsonNode bundle = JSON.readTree(fhir);
    JsonNode rate = report(bundle, RATE);

    for (String by : List.of("geography", "ethnic-group", "imd-decile")) {
      JsonNode json =
          JSON.readTree(anyone.get("/api/public/insights/" + YEAR + "?by=" + by).body());
      assertRatesAreTheJsons(stratifier(rate, by), json);
    }
    // Asian or Asian British: 3 requests, hidden in the JSON with its rate; so here
    JsonNode ethnic =
        JSON.readTree(anyone.get("/api/public/insights/" + YEAR + "?by=ethnic-group").body());
    int asian = indexOf(ethnic.get("values"), "Asian or Asian British");
    assertThat(ethnic.at("/yearTotals/" + asian).isNull()).isTrue();
    JsonNode hidden = stratum(stratifier(rate, "ethnic-group"), "Asian or Asian British");
    assertThat(masked(hidden.at("/population/0"))).isTrue();
    assertThat(hidden.at("/population/1/count").asLong())
        .isEqualTo(EquityGroups.ETHNIC_GROUP_POPULATION.get(EquityGroups.ASIAN));
    assertThat(hidden.at("/measureScore/extension/0/valueCode").asString()).isEqualTo("masked");
    // no population: no rate, in the JSON nor here
    assertThat(values(stratifier(rate, "ethnic-group"))).doesNotContain("Not recorded");
    // no population file in the service: nothing by age band or sex, in the report or the Measure
    assertThat(stratifierCodes(rate)).containsExactly("geography", "ethnic-group", "imd-decile");
    assertThat(measureStratifiers(bundle))
        .containsExactly("geography", "ethnic-group", "imd-decile");

    JsonNode year = JSON.readTree(anyone.get("/api/public/insights/" + YEAR + "?by=all").body());
    assertTurnaroundIsTheJsons(bundle, "ethnic-group", year.get("turnaroundByEthnicGroup"));
    assertTurnaroundIsTheJsons(bundle, "imd-decile", year.get("turnaroundByImdDecile"));
    // Asian or Asian British: 3 reports (all late: 0 within target, which is shown), hidden in the
    // JSON; so here, with its share and days
    JsonNode asianReports = year.get("turnaroundByEthnicGroup").get(asian);
    assertThat(asianReports.get("group").asString()).isEqualTo("Asian or Asian British");
    assertThat(asianReports.get("reported").isNull()).isTrue();
    for (String measure : List.of("reports-within-target", "days-request-to-report-median")) {
      JsonNode s =
          stratum(
              stratifier(report(bundle, "urn:gms:measure:gms-" + measure), "ethnic-group"),
              "Asian or Asian British");
      assertThat(masked(s.at("/population/0"))).as(measure).isTrue();
      assertThat(s.at("/measureScore/extension/0/valueCode").asString()).isEqualTo("masked");
    }
  }

  @Test
  void withThePopulationFileRatesByAgeBandAndSexAreThePublishedOnes() throws Exception {
    Path file = Path.of(getClass().getResource("/insights/population-ons-long.csv").toURI());
    Populations populations = new Populations(settings, AgeSexPopulationFile.read(file));
    PublicFigures configured =
        new PublicFigures(
            store, labels, settings, populations, insights, version, findings, weeks, outcomes);
    String fhir = configured.fhir(YEAR);
    assertThat(FhirValidation.errors(fhir)).isEmpty();
    JsonNode bundle = JSON.readTree(fhir);
    JsonNode rate = report(bundle, RATE);
    assertThat(stratifierCodes(rate))
        .containsExactly("geography", "ethnic-group", "imd-decile", "age-band", "sex");
    assertThat(measureStratifiers(bundle)).contains("age-band", "sex");

    for (Dimension d : List.of(Dimension.AGE_BAND, Dimension.SEX)) {
      PublishedYear published = configured.year(YEAR, d);
      assertThat(published.ratesNote()).isNull();
      assertRatesAreTheJsons(
          stratifier(rate, MeasureBundle.key(d)),
          JSON.readTree(JSON.writeValueAsString(published)));
    }
    // 18-39: 3 requests, hidden with its rate
    PublishedYear ages = configured.year(YEAR, Dimension.AGE_BAND);
    int young = ages.values().indexOf("18-39");
    assertThat(ages.yearTotals().get(young)).isNull();
    JsonNode hidden = stratum(stratifier(rate, "age-band"), "18-39");
    assertThat(masked(hidden.at("/population/0"))).isTrue();
    assertThat(hidden.at("/population/1/count").asLong())
        .isEqualTo(populations.of(Dimension.AGE_BAND, "18-39"));
    assertThat(hidden.at("/measureScore/extension/0/valueCode").asString()).isEqualTo("masked");
    // a sex without a population (unknown) has no rate
    assertThat(values(stratifier(rate, "sex"))).containsExactly("female", "male");
  }

  /**
   * Every value the JSON gives a rate has a stratum with the JSON's count, population and rate;
   * every stratum is a value of the JSON, its count and rate masked exactly where the JSON's are
   * null.
   */
  private static void assertRatesAreTheJsons(JsonNode stratifier, JsonNode json) {
    List<String> values = values(stratifier);
    for (int v = 0; v < json.get("values").size(); v++) {
      if (!json.at("/rates/" + v).isNull()) {
        assertThat(values).contains(json.at("/values/" + v).asString());
      }
    }
    assertThat(values).isNotEmpty();
    for (JsonNode s : stratifier.get("stratum")) {
      int v = indexOf(json.get("values"), s.at("/value/text").asString());
      JsonNode count = json.at("/yearTotals/" + v);
      JsonNode rate = json.at("/rates/" + v);
      if (count.isNull()) {
        assertThat(masked(s.at("/population/0"))).as(s.toString()).isTrue();
      } else {
        assertThat(s.at("/population/0/count").asLong()).isEqualTo(count.asLong());
      }
      if (rate.isNull()) {
        assertThat(s.at("/measureScore/extension/0/valueCode").asString()).isEqualTo("masked");
        assertThat(s.at("/measureScore").has("value")).isFalse();
      } else {
        assertThat(s.at("/population/1/count").asLong()).isEqualTo(rate.get("population").asLong());
        assertThat(s.at("/measureScore/value").asDouble())
            .isEqualTo(round(rate.get("per100k").asDouble()));
      }
    }
  }

  /** The turnaround Measures' strata of a dimension against the JSON's table (the last row All). */
  private static void assertTurnaroundIsTheJsons(JsonNode bundle, String by, JsonNode rows) {
    JsonNode target =
        stratifier(report(bundle, "urn:gms:measure:gms-reports-within-target"), by).get("stratum");
    JsonNode median =
        stratifier(report(bundle, "urn:gms:measure:gms-days-request-to-report-median"), by)
            .get("stratum");
    JsonNode p90 =
        stratifier(report(bundle, "urn:gms:measure:gms-days-request-to-report-p90"), by)
            .get("stratum");
    assertThat(rows.get(rows.size() - 1).get("group").asString()).isEqualTo("All");
    assertThat(target.size()).isEqualTo(rows.size() - 1).isGreaterThan(1);
    for (int i = 0; i < rows.size() - 1; i++) {
      JsonNode row = rows.get(i);
      String as = by + " " + row;
      assertThat(target.at("/" + i + "/value/text").asString())
          .isEqualTo(row.get("group").asString());
      assertCount(target.at("/" + i + "/population/0"), row.get("reported"), as);
      assertCount(target.at("/" + i + "/population/1"), row.get("withinTarget"), as);
      boolean shared = !row.get("reported").isNull() && !row.get("withinTarget").isNull();
      assertScore(
          target.get(i),
          shared && row.get("reported").asLong() > 0
              ? round((double) row.get("withinTarget").asLong() / row.get("reported").asLong())
              : null,
          as);
      for (JsonNode[] days :
          new JsonNode[][] {{median, row.get("median")}, {p90, row.get("p90")}}) {
        assertThat(days[0].at("/" + i + "/value/text").asString())
            .isEqualTo(row.get("group").asString());
        assertCount(days[0].at("/" + i + "/population/0"), row.get("reported"), as);
        assertScore(days[0].get(i), days[1].isNull() ? null : round(days[1].asDouble()), as);
      }
    }
  }

  private static void assertCount(JsonNode population, JsonNode json, String as) {
    if (json.isNull()) {
      assertThat(masked(population)).as(as).isTrue();
    } else {
      assertThat(population.get("count").asLong()).as(as).isEqualTo(json.asLong());
    }
  }

  private static void assertScore(JsonNode stratum, Double expected, String as) {
    JsonNode score = stratum.get("measureScore");
    if (expected == null) {
      assertThat(score.has("value")).as(as).isFalse();
      assertThat(score.at("/extension/0/valueCode").asString()).as(as).isEqualTo("masked");
    } else {
      assertThat(score.get("value").asDouble()).as(as).isEqualTo(expected);
    }
  }

  private static boolean masked(JsonNode population) {
    return !population.has("count")
        && population.at("/_count/extension/0/valueCode").asString().equals("masked");
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static JsonNode report(JsonNode bundle, String measure) {
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode r = entry.get("resource");
      if (r.get("resourceType").asString().equals("MeasureReport")
          && r.get("measure").asString().equals(measure)) {
        return r;
      }
    }
    throw new AssertionError("no report of " + measure);
  }

  private static JsonNode measure(JsonNode bundle, String url) {
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode r = entry.get("resource");
      if (r.get("resourceType").asString().equals("Measure")
          && r.get("url").asString().equals(url)) {
        return r;
      }
    }
    throw new AssertionError("no Measure " + url);
  }

  private static JsonNode stratifier(JsonNode report, String code) {
    for (JsonNode s : report.at("/group/0/stratifier")) {
      if (s.at("/code/0/coding/0/code").asString().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no stratifier " + code);
  }

  /** The codes of the rate Measure's stratifiers. */
  private static List<String> measureStratifiers(JsonNode bundle) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : measure(bundle, RATE).at("/group/0/stratifier")) {
      out.add(s.at("/code/coding/0/code").asString());
    }
    return out;
  }

  private static List<String> stratifierCodes(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : report.at("/group/0/stratifier")) {
      out.add(s.at("/code/0/coding/0/code").asString());
    }
    return out;
  }

  private static JsonNode stratum(JsonNode stratifier, String value) {
    for (JsonNode s : stratifier.get("stratum")) {
      if (s.at("/value/text").asString().equals(value)) {
        return s;
      }
    }
    throw new AssertionError("no stratum " + value + " in " + stratifier);
  }

  private static List<String> values(JsonNode stratifier) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : stratifier.path("stratum")) {
      out.add(s.at("/value/text").asString());
    }
    return out;
  }

  private static int indexOf(JsonNode values, String value) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).asString().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + values);
  }
}
