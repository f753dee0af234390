package org.gms.server.insights.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gms.server.insights.Dimension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kinds of published figure, each a FHIR {@code Measure} of {@link MeasureBundle}: its id,
 * title, scoring, populations and the dimensions it is stratified by. They are declared as data in
 * {@value #RESOURCE}, one object per Measure in the order the bundle lists them; the constants name
 * the Measures whose reports the code builds.
 */
final class MeasureDefinitions {

  static final String RESOURCE = "/insights/measures.json";

  /** The populations each scoring has, in the order of a Measure's group. */
  private static final Map<String, List<String>> POPULATIONS =
      Map.of(
          "cohort", List.of("initial-population"),
          "proportion", List.of("denominator", "numerator"),
          "ratio", List.of("numerator", "denominator"),
          "continuous-variable", List.of("measure-population"));

  private MeasureDefinitions() {}

  /** A population of a Measure: its code (measure-population) and what it counts. */
  record Population(String code, String description) {}

  /** A stratifier that is not a dimension of the orders: its code and title. */
  record Stratifier(String code, String title) {}

  /**
   * A kind of published figure: its Measure's id, title, scoring and populations.
   *
   * @param populations as the scoring has them ({@link #POPULATIONS})
   * @param stratifiers the dimensions it is stratified by
   * @param otherStratifiers stratifiers that are not dimensions of the orders: the tumour type of a
   *     cancer case, the drug of a prescription
   */
  record Definition(
      String id,
      String title,
      String scoring,
      String description,
      List<Population> populations,
      List<Dimension> stratifiers,
      List<Stratifier> otherStratifiers) {

    Definition {
      List<String> expected = POPULATIONS.get(scoring);
      if (expected == null) {
        throw new IllegalArgumentException(
            "Measure "
                + id
                + " has the scoring '"
                + scoring
                + "': use one of "
                + POPULATIONS.keySet());
      }
      if (!populations.stream().map(Population::code).toList().equals(expected)) {
        throw new IllegalArgumentException(
            "Measure " + id + " is scored " + scoring + ": give its populations " + expected);
      }
      populations = List.copyOf(populations);
      stratifiers = List.copyOf(stratifiers);
      otherStratifiers = List.copyOf(otherStratifiers);
    }

    /** The Measure's computable name: its id in upper camel case ({@code GmsRequestRate}). */
    String name() {
      StringBuilder name = new StringBuilder();
      for (String word : id.split("-")) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      return name.toString();
    }
  }

  static final List<Definition> DEFINITIONS = read();

  static final Definition REQUESTS = named("gms-requests");
  static final Definition WITHIN_TARGET = named("gms-reports-within-target");
  static final Definition MEDIAN_DAYS = named("gms-days-request-to-report-median");
  static final Definition P90_DAYS = named("gms-days-request-to-report-p90");
  static final Definition RATE = named("gms-request-rate");
  static final Definition YIELD = named("gms-diagnostic-yield");
  static final Definition CANCER_ACTIONABLE = named("gms-cancer-actionable");
  static final Definition CANCER_THERAPY = named("gms-cancer-targeted-therapy");
  static final Definition PGX_CHECKS = named("gms-pgx-checks-with-cards");
  static final Definition PGX_CARDS = named("gms-pgx-cards");

  static Definition named(String id) {
    return DEFINITIONS.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Measure " + id + " in " + RESOURCE));
  }

  private static List<Definition> read() {
    try (InputStream in = MeasureDefinitions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      List<Definition> out = new ArrayList<>();
      for (JsonNode m : JsonMapper.builder().build().readTree(in)) {
        out.add(definition(m));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One Measure of the file; {@code everyDimension} stands for every dimension but ALL, and a
   * dimension is named as in URLs ({@code ethnic-group}).
   */
  private static Definition definition(JsonNode m) {
    List<Population> populations = new ArrayList<>();
    for (JsonNode p : m.path("populations")) {
      populations.add(new Population(p.path("code").asString(), p.path("description").asString()));
    }
    List<Dimension> stratifiers = new ArrayList<>();
    if (m.path("everyDimension").asBoolean(false)) {
      for (Dimension d : Dimension.values()) {
        if (d != Dimension.ALL) {
          stratifiers.add(d);
        }
      }
    }
    for (JsonNode s : m.path("stratifiers")) {
      stratifiers.add(Dimension.parse(s.asString()));
    }
    List<Stratifier> others = new ArrayList<>();
    for (JsonNode s : m.path("otherStratifiers")) {
      others.add(new Stratifier(s.path("code").asString(), s.path("title").asString()));
    }
    return new Definition(
        m.path("id").asString(),
        m.path("title").asString(),
        m.path("scoring").asString(),
        m.path("description").asString(),
        populations,
        stratifiers,
        others);
  }
}
