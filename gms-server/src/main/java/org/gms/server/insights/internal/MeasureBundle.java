package org.gms.server.insights.internal;

import static org.gms.server.insights.internal.MeasureDefinitions.DEFINITIONS;
import static org.gms.server.insights.internal.MeasureDefinitions.RATE;
import static org.gms.server.insights.internal.MeasureDefinitions.REQUESTS;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gms.server.insights.Dimension;
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
  static final String PER_100K = "per 100,000 per year";
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MeasureBundle() {}

  /**
   * The bundle of a year.
   *
   * @param years the year's published figures by dimension (ALL for the service)
   * @param populations the denominators of the rates (not counts of patients)
   */
  static String bundle(
      int year,
      Map<Dimension, PublishedYear> years,
      PublishedOutcomes outcomes,
      Populations populations,
      Instant now) {
    return JSON.writeValueAsString(tree(year, years, outcomes, populations, now));
  }

  /**
   * The bundle of a year's figures without suppression, for managers: every report is tagged {@code
   * not-for-publication}.
   */
  static String unsuppressed(
      int year,
      Map<Dimension, PublishedYear> years,
      PublishedOutcomes outcomes,
      Populations populations,
      Instant now) {
    ObjectNode bundle = tree(year, years, outcomes, populations, now);
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
      Populations populations,
      Instant now) {
    PublishedYear all = years.get(Dimension.ALL);
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("id", "gms-insights-" + year);
    bundle.put("type", "collection");
    bundle.put("timestamp", now.toString());
    ArrayNode entries = bundle.putArray("entry");
    java.util.Set<Dimension> unrated = YearMeasures.unrated(years);
    for (Definition d : DEFINITIONS) {
      entries.add(entry("measure-" + d.id(), measure(d, d == RATE ? unrated : java.util.Set.of())));
    }
    YearMeasures.add(entries, year, years, populations, now);
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

  /**
   * A Measure.
   *
   * @param without stratifiers left out (the rate's by age band and sex without the population
   *     file)
   */
  static ObjectNode measure(Definition d, java.util.Set<Dimension> without) {
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
    for (MeasureDefinitions.Population p : d.populations()) {
      ObjectNode population = populations.addObject();
      coded(population.putObject("code"), POPULATION, p.code());
      population.put("description", p.description());
      population
          .putObject("criteria")
          .put("language", "text/plain")
          .put("expression", p.description());
    }
    ArrayNode stratifiers = group.putArray("stratifier");
    if (d == REQUESTS) {
      stratifier(stratifiers, "month", "Month of the request");
    }
    for (Dimension s : d.stratifiers()) {
      if (without.contains(s)) {
        continue;
      }
      stratifier(stratifiers, key(s), title(s));
    }
    for (MeasureDefinitions.Stratifier s : d.otherStratifiers()) {
      stratifier(stratifiers, s.code(), s.title());
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
      coded(p.putObject("code"), POPULATION, d.populations().get(i).code());
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
