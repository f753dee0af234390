package org.gms.server.insights.internal;

import static org.gms.server.insights.internal.MeasureDefinitions.DEFINITIONS;
import static org.gms.server.insights.internal.MeasureDefinitions.MEDIAN_DAYS;
import static org.gms.server.insights.internal.MeasureDefinitions.P90_DAYS;
import static org.gms.server.insights.internal.MeasureDefinitions.RATE;
import static org.gms.server.insights.internal.MeasureDefinitions.REQUESTS;
import static org.gms.server.insights.internal.MeasureDefinitions.WITHIN_TARGET;
import static org.gms.server.insights.internal.MeasureDefinitions.YIELD;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.PublishedOutcomes;
import org.gms.server.insights.PublishedYear;
import org.gms.server.insights.internal.MeasureDefinitions.Definition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A year's published figures as a FHIR R4 collection Bundle: one {@code Measure} per kind of figure
 * and one summary {@code MeasureReport} per Measure for the calendar year, with a stratifier per
 * dimension and a stratum per value. Only what the JSON and CSV publish is written: a suppressed
 * count has no value, only the data-absent-reason extension with the code {@code masked}; a score
 * derived from a suppressed count is masked the same way.
 */
final class MeasureBundle {

  static final String DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
  static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  static final String TYPE = "http://terminology.hl7.org/CodeSystem/measure-type";
  static final String MEASURE = "urn:gms:measure:";
  static final String DIMENSION = "urn:gms:insights-dimension";
  static final String TAG = "urn:gms:insights";
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final String PER_100K = "per 100,000 per year";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MeasureBundle() {}

  /**
   * The bundle of a year.
   *
   * @param years the year's published figures by dimension (ALL for the service)
   * @param population people per geography (configured; not counts of patients)
   * @param nation people in all geographies
   */
  static String bundle(
      int year,
      Map<Dimension, PublishedYear> years,
      PublishedOutcomes outcomes,
      Map<String, Long> population,
      long nation,
      Instant now) {
    return JSON.writeValueAsString(tree(year, years, outcomes, population, nation, now));
  }

  /**
   * The bundle of a year's figures without suppression, for managers: every report is tagged {@code
   * not-for-publication}.
   */
  static String unsuppressed(
      int year,
      Map<Dimension, PublishedYear> years,
      PublishedOutcomes outcomes,
      Map<String, Long> population,
      long nation,
      Instant now) {
    ObjectNode bundle = tree(year, years, outcomes, population, nation, now);
    bundle.put("id", "gms-insights-dashboard-" + year);
    for (tools.jackson.databind.JsonNode entry : bundle.get("entry")) {
      ObjectNode resource = (ObjectNode) entry.get("resource");
      if (resource.get("resourceType").asString().equals("MeasureReport")) {
        ObjectNode meta =
            resource.has("meta") ? (ObjectNode) resource.get("meta") : resource.putObject("meta");
        ArrayNode tags = meta.has("tag") ? (ArrayNode) meta.get("tag") : meta.putArray("tag");
        tags.addObject()
            .put("system", TAG)
            .put("code", "not-for-publication")
            .put("display", "Small numbers are not suppressed: not for publication");
      }
    }
    return JSON.writeValueAsString(bundle);
  }

  private static ObjectNode tree(
      int year,
      Map<Dimension, PublishedYear> years,
      PublishedOutcomes outcomes,
      Map<String, Long> population,
      long nation,
      Instant now) {
    PublishedYear all = years.get(Dimension.ALL);
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("id", "gms-insights-" + year);
    bundle.put("type", "collection");
    bundle.put("timestamp", now.toString());
    ArrayNode entries = bundle.putArray("entry");
    for (Definition d : DEFINITIONS) {
      entries.add(entry("measure-" + d.id(), measure(d)));
    }
    ObjectNode requests = report(REQUESTS, year, all.generatedIncluded(), now);
    ObjectNode group = group(requests, java.util.Arrays.asList(all.total()));
    ArrayNode stratifiers = group.putArray("stratifier");
    ArrayNode months = stratum(stratifiers, "month", "Month of the request");
    for (int m = 0; m < all.monthTotals().size(); m++) {
      months.add(stratum(String.format("%d-%02d", year, m + 1), all.monthTotals().get(m)));
    }
    for (Dimension d : REQUESTS.stratifiers()) {
      PublishedYear y = years.get(d);
      ArrayNode strata = stratum(stratifiers, key(d), title(d));
      for (int v = 0; v < y.values().size(); v++) {
        strata.add(stratum(y.values().get(v), y.yearTotals().get(v)));
      }
    }
    entries.add(entry("report-" + REQUESTS.id() + "-" + year, requests));

    List<PublishedYear.TurnaroundRow> rows = all.turnaround();
    PublishedYear.TurnaroundRow service = rows.get(rows.size() - 1);
    ObjectNode target = report(WITHIN_TARGET, year, all.generatedIncluded(), now);
    ObjectNode targetGroup =
        group(target, java.util.Arrays.asList(service.reported(), service.withinTarget()));
    score(targetGroup, share(service), null);
    ArrayNode targetStrata =
        stratum(targetGroup.putArray("stratifier"), key(Dimension.TARGET), title(Dimension.TARGET));
    for (PublishedYear.TurnaroundRow r : rows.subList(0, rows.size() - 1)) {
      ObjectNode s = stratum(r.group(), WITHIN_TARGET, r.reported(), r.withinTarget());
      score(s, share(r), null);
      targetStrata.add(s);
    }
    entries.add(entry("report-" + WITHIN_TARGET.id() + "-" + year, target));

    for (Definition d : List.of(MEDIAN_DAYS, P90_DAYS)) {
      boolean median = d == MEDIAN_DAYS;
      ObjectNode days = report(d, year, all.generatedIncluded(), now);
      ObjectNode daysGroup = group(days, java.util.Collections.singletonList(service.reported()));
      score(daysGroup, median ? service.median() : service.p90(), "d");
      ArrayNode daysStrata =
          stratum(daysGroup.putArray("stratifier"), key(Dimension.TARGET), title(Dimension.TARGET));
      for (PublishedYear.TurnaroundRow r : rows.subList(0, rows.size() - 1)) {
        ObjectNode s = stratum(r.group(), d, r.reported());
        score(s, median ? r.median() : r.p90(), "d");
        daysStrata.add(s);
      }
      entries.add(entry("report-" + d.id() + "-" + year, days));
    }

    PublishedYear geography = years.get(Dimension.GEOGRAPHY);
    ObjectNode rate = report(RATE, year, all.generatedIncluded(), now);
    ObjectNode rateGroup = group(rate, java.util.Arrays.asList(all.total(), nation));
    score(rateGroup, all.total() == null ? null : all.total() * 100_000.0 / nation, PER_100K);
    ArrayNode rateStrata =
        stratum(
            rateGroup.putArray("stratifier"), key(Dimension.GEOGRAPHY), title(Dimension.GEOGRAPHY));
    for (int v = 0; v < geography.values().size(); v++) {
      Long people = population.get(geography.values().get(v));
      if (people == null) {
        continue; // no population configured: no rate
      }
      Figures.Rate r = geography.rates().get(v);
      ObjectNode s =
          stratum(geography.values().get(v), RATE, geography.yearTotals().get(v), people);
      score(s, r == null ? null : r.per100k(), PER_100K);
      rateStrata.add(s);
    }
    entries.add(entry("report-" + RATE.id() + "-" + year, rate));

    List<PublishedYear.YieldRow> yields = all.diagnosticYield();
    PublishedYear.YieldRow serviceYield = yields.get(yields.size() - 1);
    ObjectNode yield = report(YIELD, year, all.generatedIncluded(), now);
    ObjectNode yieldGroup =
        group(yield, java.util.Arrays.asList(serviceYield.reported(), serviceYield.pathogenic()));
    score(yieldGroup, serviceYield.share(), null);
    ArrayNode yieldStrata =
        stratum(
            yieldGroup.putArray("stratifier"),
            key(Dimension.INDICATION),
            title(Dimension.INDICATION));
    for (PublishedYear.YieldRow r : yields.subList(0, yields.size() - 1)) {
      ObjectNode s = stratum(r.indication(), YIELD, r.reported(), r.pathogenic());
      score(s, r.share(), null);
      yieldStrata.add(s);
    }
    entries.add(entry("report-" + YIELD.id() + "-" + year, yield));
    OutcomeMeasures.add(entries, year, outcomes, all.generatedIncluded(), now);
    dropEmptyStrata(entries);
    return bundle;
  }

  /**
   * FHIR allows no empty array: a stratifier without values (a year without requests, tumour types
   * or drugs) keeps its code and has no {@code stratum}.
   */
  private static void dropEmptyStrata(ArrayNode entries) {
    for (tools.jackson.databind.JsonNode entry : entries) {
      for (tools.jackson.databind.JsonNode group : entry.path("resource").path("group")) {
        for (tools.jackson.databind.JsonNode stratifier : group.path("stratifier")) {
          if (stratifier.path("stratum").isEmpty() && stratifier.has("stratum")) {
            ((ObjectNode) stratifier).remove("stratum");
          }
        }
      }
    }
  }

  private static Double share(PublishedYear.TurnaroundRow r) {
    return r.reported() == null || r.withinTarget() == null || r.reported() == 0
        ? null
        : (double) r.withinTarget() / r.reported();
  }

  static String key(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String title(Dimension d) {
    return switch (d) {
      case ALL -> "All";
      case INDICATION -> "Clinical indication";
      case TEST -> "Test";
      case METHOD -> "Test method";
      case TEST_GROUP -> "Specialist test group";
      case LABORATORY -> "Laboratory";
      case ORGANISATION -> "Requesting organisation";
      case GEOGRAPHY -> "Geography";
      case URGENCY -> "Urgency";
      case AGE_BAND -> "Age band at request";
      case SEX -> "Sex";
      case TARGET -> "Test method and urgency (turnaround target)";
      case ETHNIC_GROUP -> "Ethnic group (Census 2021 high-level groups)";
      case IMD_DECILE -> "Deprivation decile (IMD 2019)";
    };
  }

  static ObjectNode measure(Definition d) {
    ObjectNode m = JSON.createObjectNode();
    m.put("resourceType", "Measure");
    m.put("id", d.id());
    m.put("url", MEASURE + d.id());
    m.put("name", d.name());
    m.put("title", d.title());
    m.put("status", "active");
    m.put("experimental", false);
    m.put("publisher", "NHS Genomic Medicine Service");
    m.put("description", d.description());
    coded(m.putObject("scoring"), SCORING, d.scoring());
    coded(m.putArray("type").addObject(), TYPE, "outcome");
    ObjectNode group = m.putArray("group").addObject();
    ArrayNode populations = group.putArray("population");
    for (String[] p : d.populations()) {
      ObjectNode population = populations.addObject();
      coded(population.putObject("code"), POPULATION, p[0]);
      population.put("description", p[1]);
      population.putObject("criteria").put("language", "text/plain").put("expression", p[1]);
    }
    ArrayNode stratifiers = group.putArray("stratifier");
    if (d == REQUESTS) {
      stratifier(stratifiers, "month", "Month of the request");
    }
    for (Dimension s : d.stratifiers()) {
      stratifier(stratifiers, key(s), title(s));
    }
    for (String[] s : d.otherStratifiers()) {
      stratifier(stratifiers, s[0], s[1]);
    }
    return m;
  }

  private static void stratifier(ArrayNode stratifiers, String code, String title) {
    ObjectNode s = stratifiers.addObject();
    dimension(s.putObject("code"), code, title);
    s.put("description", title);
  }

  static ObjectNode report(Definition d, int year, boolean generated, Instant now) {
    ObjectNode r = JSON.createObjectNode();
    r.put("resourceType", "MeasureReport");
    r.put("id", d.id() + "-" + year);
    if (generated) {
      r.putObject("meta")
          .putArray("tag")
          .addObject()
          .put("system", TAG)
          .put("code", "generated-activity")
          .put("display", "Includes generated (not real) activity, for demonstration");
    }
    r.put("status", "complete");
    r.put("type", "summary");
    r.put("measure", MEASURE + d.id());
    r.put("date", now.toString());
    r.putObject("period").put("start", year + "-01-01").put("end", year + "-12-31");
    return r;
  }

  /** The report's one group, with a count per population of its Measure (null: masked). */
  static ObjectNode group(ObjectNode report, List<Long> counts) {
    ObjectNode group = report.putArray("group").addObject();
    String id = report.path("measure").asString().substring(MEASURE.length());
    Definition d = DEFINITIONS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    populations(group, d, counts);
    return group;
  }

  private static void populations(ObjectNode owner, Definition d, List<Long> counts) {
    ArrayNode populations = owner.putArray("population");
    for (int i = 0; i < d.populations().size(); i++) {
      ObjectNode p = populations.addObject();
      coded(p.putObject("code"), POPULATION, d.populations().get(i)[0]);
      Long count = counts.get(i);
      if (count == null) {
        masked(p.putObject("_count"));
      } else {
        p.put("count", Math.toIntExact(count));
      }
    }
  }

  static ArrayNode stratum(ArrayNode stratifiers, String code, String title) {
    ObjectNode s = stratifiers.addObject();
    dimension(s.putArray("code").addObject(), code, title);
    return s.putArray("stratum");
  }

  private static ObjectNode stratum(String value, Long count) {
    return stratum(value, REQUESTS, count);
  }

  /** A stratum with a count per population of the Measure (null: masked). */
  static ObjectNode stratum(String value, Definition of, Long... counts) {
    ObjectNode s = JSON.createObjectNode();
    s.putObject("value").put("text", value);
    populations(s, of, java.util.Arrays.asList(counts));
    return s;
  }

  /** The measure score, or the data-absent-reason {@code masked} where it is not published. */
  static void score(ObjectNode owner, Double value, String unit) {
    ObjectNode score = owner.putObject("measureScore");
    if (value == null) {
      masked(score);
      return;
    }
    score.put("value", Math.round(value * 10_000) / 10_000.0);
    if ("d".equals(unit)) {
      score.put("unit", "days").put("system", UCUM).put("code", "d");
    } else if (unit != null) {
      score.put("unit", unit);
    }
  }

  private static void masked(ObjectNode element) {
    element.putArray("extension").addObject().put("url", DATA_ABSENT).put("valueCode", "masked");
  }

  private static void coded(ObjectNode concept, String system, String code) {
    concept.putArray("coding").addObject().put("system", system).put("code", code);
  }

  private static void dimension(ObjectNode concept, String code, String title) {
    concept
        .putArray("coding")
        .addObject()
        .put("system", DIMENSION)
        .put("code", code)
        .put("display", title);
    concept.put("text", title);
  }

  static ObjectNode entry(String name, ObjectNode resource) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put(
        "fullUrl",
        "urn:uuid:"
            + UUID.nameUUIDFromBytes(("gms-insights-" + name).getBytes(StandardCharsets.UTF_8)));
    entry.set("resource", resource);
    return entry;
  }
}
