package org.gms.genomics.pgx.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a ClinPGx guideline annotation file ({@code CPIC_<drugs>_and_<genes>.json}). */
public final class GuidelineReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GuidelineReader() {}

  public static Guideline read(InputStream in, String source) {
    JsonNode root;
    try (in) {
      root = JSON.readTree(in);
    } catch (JacksonException | IOException e) {
      throw new GenomicsException(
          source + ": not a readable guideline file (" + e.getMessage() + ")", e);
    }
    JsonNode guideline = root.path("guideline");
    String publisher = text(guideline.path("source"));
    GuidelineSource from;
    try {
      from = GuidelineSource.valueOf(publisher.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new GenomicsException(
          source + ": guideline source '" + publisher + "' is neither CPIC nor DPWG", e);
    }
    List<GuidelineRecommendation> recommendations = new ArrayList<>();
    for (JsonNode node : root.path("recommendations")) {
      recommendations.add(recommendation(node));
    }
    return new Guideline(
        text(guideline.path("id")),
        text(guideline.path("name")),
        from,
        text(guideline.path("url")),
        text(root.path("version")),
        names(guideline.path("relatedChemicals"), "name"),
        names(guideline.path("relatedGenes"), "symbol"),
        recommendations);
  }

  private static GuidelineRecommendation recommendation(JsonNode node) {
    Map<String, String> phenotypeKeys = new HashMap<>();
    Map<String, Map<String, Integer>> diplotypeKeys = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.path("lookupKey").properties()) {
      JsonNode key = entry.getValue();
      if (key.isObject()) {
        Map<String, Integer> counts = new HashMap<>();
        key.properties().forEach(c -> counts.put(c.getKey(), c.getValue().asInt()));
        diplotypeKeys.put(entry.getKey(), counts);
      } else {
        phenotypeKeys.put(entry.getKey(), key.asString());
      }
    }
    List<String> implications = new ArrayList<>();
    node.path("implications").forEach(i -> implications.add(i.asString()));
    return new GuidelineRecommendation(
        text(node.path("id")),
        names(node.path("relatedChemicals"), "name"),
        text(node.path("population")),
        text(node.path("classification").path("term")),
        Objects.requireNonNullElse(text(node.path("text").path("html")), ""),
        implications,
        phenotypeKeys,
        diplotypeKeys,
        new PrescribingChange(
            node.path("dosingInformation").asBoolean(false),
            node.path("alternateDrugAvailable").asBoolean(false),
            node.path("otherPrescribingGuidance").asBoolean(false)));
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(text(item.path(field))));
    return names;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
