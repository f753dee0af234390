package org.gms.server.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.FBXO11_TRIO;
import static org.gms.server.TrioOrders.VCF_HEADER;

import java.net.http.HttpResponse;
import java.util.List;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.server.ApiClient;
import org.gms.server.TrioOrders;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.VariantClassifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From order to analysis result over HTTP, with the bundled demonstration transcripts and the
 * bundled test directory. The trio carries, de novo in the child, the FBXO11 frameshift of a
 * published case (PMID 30057029, individual 10, GA4GH phenopacket-store: chr2:47838938 AAG>A,
 * NM_001190274.2:c.506_507del), and the order gives that child's observed HPO terms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CHILD = "9991000054";
  private static final String MOTHER = "9991000062";
  private static final String FATHER = "9991000070";
  private static final String HUB = "Analysis Test Hub";
  private static final String CASE_TERMS =
      "\"HP:0001252\", \"HP:0031354\", \"HP:0001263\", \"HP:0001249\", \"HP:0000218\","
          + " \"HP:0004467\", \"HP:0000431\", \"HP:0010296\"";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired DirectoryImports directory;
  @Autowired JdbcClient jdbc;
  @Autowired VariantClassifications classifications;

  ApiClient clinician;
  ApiClient scientist;
  TrioOrders trio;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician =
        ApiClient.as("dr-analysis", Role.CLINICIAN, "Analysis Test Hospital", accounts, port);
    scientist = ApiClient.as("lab-analysis", Role.LABORATORY_SCIENTIST, HUB, accounts, port);
    trio = TrioOrders.between(clinician, scientist, HUB).family(CHILD, "male", MOTHER, FATHER);
  }

  @Test
  void aTrioRunRanksThePublishedVariantFirstAndMovesTheOrderToInterpretation() throws Exception {
    long order = sequencedOrder("analysis-1");
    String vcf = upload(FBXO11_TRIO);

    HttpResponse<String> started = start(order, vcf);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long run = json(started).get("id").asLong();
    JsonNode finished = awaitFinished(run);

    assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
    assertThat(finished.get("attempt").asInt()).isEqualTo(1);
    JsonNode result = json(scientist.get("/api/analyses/" + run + "/result"));
    JsonNode first = result.get("candidates").get(0);
    assertThat(first.get("gene").asString()).isEqualTo("FBXO11");
    assertThat(first.get("tier").asString()).isEqualTo("TIER_1");
    assertThat(first.at("/variants/0/hgvsc").asString()).endsWith(":c.506_507del");
    assertThat(first.at("/variants/0/genotypes/c1").asString()).isEqualTo("0/1");
    assertThat(result.get("scope").asString()).contains("R29.4");
    assertThat(scientist.get("/api/analyses/" + run + "/result", "text/html").body())
        .contains("<td>FBXO11</td>");
    JsonNode after = json(clinician.get("/api/orders/" + order));
    assertThat(after.get("state").asString()).isEqualTo("INTERPRETATION");
    assertThat(after.at("/history/" + (after.get("history").size() - 1) + "/by").asString())
        .isEqualTo("analysis run " + run);
  }

  @Test
  void theScientistAuthorisesAReportThatTheClinicianReadsAsHtmlAndFhir() throws Exception {
    long order = sequencedOrder("analysis-5");
    long run = json(start(order, upload(FBXO11_TRIO))).get("id").asLong();
    awaitFinished(run);
    String authorise =
        """
        {"conclusion": "A de novo pathogenic FBXO11 frameshift explains the phenotype.",
         "variants": [{"rank": 1, "finalClass": "P", "comment": "Confirmed by Sanger."}]}
        """;

    HttpResponse<String> byClinician =
        clinician.post("/api/analyses/" + run + "/report", "application/json", authorise);
    HttpResponse<String> authorised =
        scientist.post("/api/analyses/" + run + "/report", "application/json", authorise);

    assertThat(byClinician.statusCode()).isIn(403, 404);
    assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(201);
    assertThat(json(clinician.get("/api/orders/" + order)).get("state").asString())
        .isEqualTo("REPORTED");
    String html = clinician.get("/api/orders/" + order + "/report", "text/html").body();
    assertThat(html)
        .contains("FBXO11", "c.506_507del", "Pathogenic", "Confirmed by Sanger.", "lab-analysis");
    // a client that accepts anything (curl) gets the report's JSON; FHIR, HTML and PDF by name
    HttpResponse<String> anything = clinician.get("/api/orders/" + order + "/report", "*/*");
    assertThat(anything.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(anything.body()).contains("\"conclusion\"");
    JsonNode fhir =
        JSON.readTree(
            clinician.get("/api/orders/" + order + "/report", "application/fhir+json").body());
    assertThat(fhir.get("resourceType").asString()).isEqualTo("Bundle");
    List<String> codes =
        fhir.get("entry")
            .valueStream()
            .map(e -> e.at("/resource/code/coding/0/code").asString(""))
            .toList();
    assertThat(codes).contains("51969-4", "69548-6", "diagnostic-implication");
    JsonNode variant =
        fhir.get("entry")
            .valueStream()
            .map(e -> e.get("resource"))
            .filter(r -> r.at("/code/coding/0/code").asString("").equals("69548-6"))
            .findFirst()
            .orElseThrow();
    assertThat(variant.toString()).contains("c.506_507del", "LA6706-1");
    assertThat(
            org.gms.server.FhirValidation.errors(
                clinician.get("/api/orders/" + order + "/report", "application/fhir+json").body()))
        .isEmpty();
    HttpResponse<byte[]> pdf =
        clinician.getBytes("/api/orders/" + order + "/report", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("Genomic test report", "FBXO11", "c.506_507del", "Pathogenic");
    }
    HttpResponse<String> again =
        scientist.post("/api/analyses/" + run + "/report", "application/json", authorise);
    assertThat(again.statusCode()).isEqualTo(409);
    // the record keeps the classification under the variant's normalised key: AAG>A at 47838938
    // is the deletion of AG from 47838939
    assertThat(classifications.forPatient(new NhsNumber(CHILD)))
        .filteredOn(c -> order == c.orderId())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.variant().key()).hasToString("GRCh38:2:47838939:AG:-");
              assertThat(c.variant().hgvsc()).endsWith("c.506_507del");
              assertThat(c.acmgClass()).isEqualTo(AcmgClass.PATHOGENIC);
              assertThat(c.genotype()).isEqualTo("0/1");
              assertThat(c.evidence()).contains("PVS1");
              assertThat(c.classifiedBy()).isEqualTo("lab-analysis");
              assertThat(c.source()).isEqualTo(ClassificationSource.REPORT);
            });
  }

  @Test
  void leavingATier1CandidateOutOfTheReportNeedsAnExplicitConfirmation() throws Exception {
    long order = sequencedOrder("analysis-6");
    long run = json(start(order, upload(FBXO11_TRIO))).get("id").asLong();
    awaitFinished(run);
    JsonNode result = json(scientist.get("/api/analyses/" + run + "/result"));
    List<Integer> tier1And2 = new java.util.ArrayList<>();
    for (JsonNode candidate : result.get("candidates")) {
      if (List.of("TIER_1", "TIER_2").contains(candidate.get("tier").asString())) {
        tier1And2.add(candidate.get("rank").asInt());
      }
    }
    assertThat(tier1And2).as("the FBXO11 case has a Tier 1 candidate").isNotEmpty();
    String nothing = "{\"conclusion\": \"No diagnosis.\", \"variants\": []}";

    String preview =
        scientist
            .post(
                "/api/analyses/" + run + "/report/preview",
                "application/json",
                nothing,
                "text/html")
            .body();
    HttpResponse<String> unconfirmed =
        scientist.post("/api/analyses/" + run + "/report", "application/json", nothing);

    assertThat(preview)
        .contains("Not in this report", "Tier 1 candidate 1 (FBXO11")
        .doesNotContain("No reportable variant was found");
    assertThat(unconfirmed.statusCode()).isEqualTo(409);
    assertThat(unconfirmed.body()).contains("Not in this report", "FBXO11", "unreportedConfirmed");
    assertThat(json(clinician.get("/api/orders/" + order)).get("state").asString())
        .isEqualTo("INTERPRETATION");
    HttpResponse<String> confirmed =
        scientist.post(
            "/api/analyses/" + run + "/report",
            "application/json",
            "{\"conclusion\": \"No diagnosis.\", \"variants\": [], \"unreportedConfirmed\": "
                + tier1And2
                + "}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
  }

  @Test
  void aRunWhoseWorkerDiedIsTakenUpAgainAndCountedOnce() throws Exception {
    long order = sequencedOrder("analysis-2");
    long run = json(start(order, upload(FBXO11_TRIO))).get("id").asLong();
    awaitFinished(run);
    // as if the server had stopped mid-run: claimed, lease run out, no result
    jdbc.sql(
            "UPDATE analysis_run SET state = 'RUNNING', attempt = 1, result_json = NULL,"
                + " finished_at = NULL, claimed_until = now() - interval '1 minute'"
                + " WHERE id = :id")
        .param("id", run)
        .update();

    JsonNode finished = awaitFinished(run);

    assertThat(finished.get("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(finished.get("attempt").asInt()).isEqualTo(2);
    long interpretations =
        jdbc.sql(
                "SELECT count(*) FROM test_order_transition WHERE order_id = :order"
                    + " AND to_state = 'INTERPRETATION'")
            .param("order", order)
            .query(Long.class)
            .single();
    assertThat(interpretations).isEqualTo(1);
  }

  @Test
  void aMalformedVcfFailsTheRunWithTheLineAndReason() throws Exception {
    long order = sequencedOrder("analysis-3");
    String vcf =
        upload(VCF_HEADER + "chr2\tnot-a-position\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t0/0\t0/0\n");

    JsonNode finished = awaitFinished(json(start(order, vcf)).get("id").asLong());

    assertThat(finished.get("state").asString()).isEqualTo("FAILED");
    assertThat(finished.get("message").asString()).contains("line 5", "POS");
  }

  @Test
  void startingRefusesUnknownSamplesAndPathsOutsideTheDataDirectory() throws Exception {
    long order = sequencedOrder("analysis-4");
    String vcf = upload(FBXO11_TRIO);

    HttpResponse<String> unknownSample =
        scientist.post(
            "/api/orders/" + order + "/analyses",
            "application/json",
            "{\"vcf\": \"%s\", \"samples\": {\"%s\": \"nobody\"}}".formatted(vcf, CHILD));
    assertThat(unknownSample.statusCode()).isEqualTo(400);
    assertThat(unknownSample.body()).contains("no sample 'nobody'", "c1, m1, f1");

    HttpResponse<String> outside =
        scientist.post(
            "/api/orders/" + order + "/analyses",
            "application/json",
            "{\"vcf\": \"../../etc/passwd\"}");
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(outside.body()).contains("outside the analysis data directory");
  }

  private long sequencedOrder(String key) throws Exception {
    return trio.sequencedOrder(key, CHILD, CASE_TERMS, "T-" + key);
  }

  private String upload(String vcf) throws Exception {
    return trio.upload(vcf);
  }

  private HttpResponse<String> start(long order, String vcf) throws Exception {
    return trio.start(order, vcf, CHILD);
  }

  private JsonNode awaitFinished(long run) throws Exception {
    return trio.awaitFinished(run);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
