package org.gms.server.analysis.internal;

import java.time.Instant;
import java.util.List;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.Patient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A report as it would be issued, before anyone authorises it, and how it is rendered (the HTML
 * page and the FHIR bundle).
 *
 * @param reported the reported candidates, copied from the run's stored result
 * @param result the run's stored result
 * @param unreported the run's Tier 1 and Tier 2 candidates the report leaves out
 */
record ReportDraft(
    TestOrder order,
    Patient patient,
    ArrayNode reported,
    String conclusion,
    JsonNode result,
    List<JsonNode> unreported) {

  /** The same report listing other candidates (an amendment's), with nothing left unreported. */
  ReportDraft reporting(ArrayNode candidates) {
    return new ReportDraft(order, patient, candidates, conclusion, result, List.of());
  }

  String render(String signature, Instant at) {
    return render(signature, at, List.of());
  }

  String render(String signature, Instant at, List<String> warnings) {
    return ReportDocument.render(
        order,
        patient,
        reported,
        conclusion,
        result.path("scope").asString(),
        result.path("guideline").asString(),
        result.path(RareDiseaseJob.DATA_VERSIONS),
        signature,
        at,
        warnings);
  }

  /** The report as a FHIR bundle (JSON), naming the knowledge the run used. */
  String fhir(Instant at) {
    return JdbcAnalysisRuns.JSON.writeValueAsString(
        ReportFhir.bundle(
            order, patient, reported, conclusion, result.path(RareDiseaseJob.DATA_VERSIONS), at));
  }

  /** The unreported Tier 1 and 2 candidates in words. */
  List<String> unreportedInWords() {
    return unreported.stream().map(ReportDraft::describe).toList();
  }

  /** A candidate in words, for a scientist: tier, rank, gene, variant and computed class. */
  static String describe(JsonNode candidate) {
    JsonNode variant = candidate.path("variants").path(0);
    return candidate.path("tier").asString().replace("TIER_", "Tier ")
        + " candidate "
        + candidate.path("rank").asInt()
        + " ("
        + candidate.path("gene").asString()
        + " "
        + (variant.path("hgvsc").asString("") + " " + variant.path("hgvsp").asString("")).strip()
        + ", computed "
        + variant.path("acmg").path("class").asString()
        + ")";
  }
}
