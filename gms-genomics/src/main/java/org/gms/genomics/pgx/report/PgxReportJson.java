package org.gms.genomics.pgx.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.gms.genomics.pgx.GeneReport;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.diplotype.CallStatus;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.phenotype.AlleleFunction;
import org.gms.genomics.pgx.phenotype.PhenotypeCall;
import org.gms.genomics.pgx.recommendation.DrugRecommendation;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link PgxReport} as JSON:
 *
 * <pre>{@code
 * {"sample": "...", "input": "...", "dataVersions": {...},
 *  "genes": [{"gene": "CYP2C19", "callable": true, "status": "CALLED", "source": "VCF",
 *             "phased": false, "diplotypes": ["*1/*2"], "phenotype": "...", "activityScore": null,
 *             "calls": [{"diplotype": "*1/*2", "score": .., "alleles": [{"name", "function",
 *                        "activityValue"}], "phenotype", "activityScore", "lookupKeys",
 *                        "dpwg": {...}}],
 *             "missingPositions": [{"chromosome", "position", "rsid"}], ...}],
 *  "recommendations": [{"drug", "source", "genes", "recommendation", "strength",
 *                       "implications", "population", "diplotypes", "phenotypes", ...}],
 *  "messages": [...]}
 * }</pre>
 *
 * {@code phenotype} and {@code activityScore} are null when the called diplotypes disagree (see
 * {@code calls}) or none is assigned; activity scores are strings as published (e.g. {@code
 * "≥4.0"}).
 */
public final class PgxReportJson {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PgxReportJson() {}

  public static void write(PgxReport report, OutputStream out) {
    try {
      JSON.writeValue(out, toJson(report));
    } catch (tools.jackson.core.JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  public static String toString(PgxReport report) {
    return JSON.writeValueAsString(toJson(report));
  }

  public static ObjectNode toJson(PgxReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("sample", report.sample());
    root.put("input", report.input());
    ObjectNode versions = root.putObject("dataVersions");
    report.dataVersions().forEach(versions::put);
    ArrayNode genes = root.putArray("genes");
    report.genes().forEach(gene -> genes.add(gene(gene)));
    ArrayNode recommendations = root.putArray("recommendations");
    report.recommendations().forEach(rec -> recommendations.add(recommendation(rec)));
    strings(root.putArray("messages"), report.messages());
    return root;
  }

  private static ObjectNode gene(GeneReport report) {
    GeneCall call = report.call();
    ObjectNode node = JSON.createObjectNode();
    node.put("gene", call.gene());
    node.put("callable", call.callable());
    node.put("status", call.status().name());
    node.put("source", call.status() == CallStatus.OUTSIDE_CALL ? "OUTSIDE" : "VCF");
    node.put("reason", call.reason());
    node.put("phased", call.phased());
    strings(node.putArray("diplotypes"), call.diplotypeNames());
    node.put("phenotype", report.phenotype().orElse(null));
    node.put("activityScore", report.activityScore().orElse(null));
    ArrayNode calls = node.putArray("calls");
    for (GeneReport.Interpretation interpretation : report.interpretations()) {
      ObjectNode one = calls.addObject();
      one.put("diplotype", interpretation.diplotype().name());
      one.put("score", interpretation.diplotype().score());
      PhenotypeCall cpic = interpretation.cpic();
      if (cpic != null) {
        translation(one, cpic);
      }
      if (interpretation.dpwg() != null) {
        translation(one.putObject("dpwg"), interpretation.dpwg());
      }
    }
    positions(node.putArray("missingPositions"), call.missingPositions());
    node.put("missingPositionsEffect", call.missingPositionsEffect());
    positions(node.putArray("undocumentedPositions"), call.undocumentedPositions());
    strings(node.putArray("uncallableAlleles"), call.uncallableAlleles());
    strings(node.putArray("notes"), concat(call.notes(), report.notes()));
    return node;
  }

  private static void translation(ObjectNode node, PhenotypeCall call) {
    node.put("source", call.source().name());
    ArrayNode alleles = node.putArray("alleles");
    for (AlleleFunction allele : call.alleles()) {
      ObjectNode one = alleles.addObject();
      one.put("name", allele.allele());
      one.put("function", allele.function());
      one.put("activityValue", allele.activityValue());
    }
    node.put("phenotype", call.phenotype());
    node.put("activityScore", call.activityScore());
    strings(node.putArray("lookupKeys"), call.lookupKeys());
  }

  private static ObjectNode recommendation(DrugRecommendation rec) {
    ObjectNode node = JSON.createObjectNode();
    node.put("drug", rec.drug());
    node.put("source", rec.source().name());
    strings(node.putArray("genes"), rec.genes());
    node.put("recommendation", rec.recommendation());
    node.put("strength", rec.strength());
    strings(node.putArray("implications"), rec.implications());
    node.put("population", rec.population());
    lists(node.putObject("diplotypes"), rec.diplotypes());
    lists(node.putObject("phenotypes"), rec.lookupKeys());
    node.put("guideline", rec.guidelineName());
    node.put("guidelineId", rec.guidelineId());
    node.put("recommendationId", rec.recommendationId());
    node.put("url", rec.url());
    ObjectNode change = node.putObject("change");
    change.put("dosing", rec.change().dosing());
    change.put("alternateDrug", rec.change().alternateDrug());
    change.put("otherGuidance", rec.change().otherGuidance());
    return node;
  }

  private static void positions(ArrayNode array, List<DefinedPosition> positions) {
    for (DefinedPosition position : positions) {
      ObjectNode node = array.addObject();
      node.put("chromosome", position.chromosome());
      node.put("position", position.position());
      node.put("rsid", position.rsid());
    }
  }

  private static void lists(ObjectNode node, Map<String, List<String>> values) {
    values.forEach((key, list) -> strings(node.putArray(key), list));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
