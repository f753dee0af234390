package org.gms.server.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.FBXO11_TRIO;
import static org.gms.server.TrioOrders.VCF_HEADER;

import java.net.http.HttpResponse;
import java.util.List;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.VariantClassifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * From order to analysis result over HTTP, with the bundled demonstration transcripts and the
 * bundled test directory. The trio carries, de novo in the child, the FBXO11 frameshift of a
 * published case (PMID 30057029, individual 10, GA4GH phenopacket-store: chr2:47838938 AAG>A,
 * NM_001190274.2:c.506_507del), and the order gives that child's observed HPO terms.
 */
class AnalysisApiTest extends ApiTest {

  private static final String CHILD = "9991000054";
  private static final String MOTHER = "9991000062";
  private static final String FATHER = "9991000070";
  private static final String HUB = "Analysis Test Hub";

  @Autowired JdbcClient jdbc;
  @Autowired VariantClassifications classifications;
  @Autowired org.gms.server.analysis.PhenotypeAnnotations hpo;
  @Autowired AnalysisFiles files;
  @Autowired org.gms.server.analysis.ReportOutcomes outcomes;

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

  /**
   * A pharmacogenomic run is a run like the others: the worker gives it to its job, the run stores
   * the report as its result and moves the order on, and the patient's record gets the result.
   */
  @Test
  void aPharmacogenomicRunStoresItsReportWithTheRunAndInThePatientsRecord() throws Exception {
    long order = sequencedOrder("analysis-pgx");
    String vcf = upload(FBXO11_TRIO);
    HttpResponse<String> started =
        startAs(
            scientist,
            order,
            """
            {"kind": "pharmacogenomics", "vcf": "%s", "samples": {"%s": "c1"}}
            """
                .formatted(vcf, CHILD));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long run = json(started).get("id").asLong();

    JsonNode finished = awaitFinished(run);

    assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
    JsonNode result = json(scientist.get("/api/analyses/" + run + "/result"));
    assertThat(result.get("sample").asString()).isEqualTo("c1");
    assertThat(result.get("input").asString()).isEqualTo("analysis run " + run);
    assertThat(result.get("genes").isArray()).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT r.input FROM pgx_result r JOIN patient p ON p.id = r.patient_id"
                        + " WHERE p.nhs_number = :nhs ORDER BY r.id DESC LIMIT 1")
                .param("nhs", CHILD)
                .query(String.class)
                .single())
        .isEqualTo("analysis run " + run);
    assertThat(json(clinician.get("/api/orders/" + order)).get("state").asString())
        .isEqualTo("INTERPRETATION");
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
    // management figures learn that the report holds a pathogenic finding
    List<org.gms.server.analysis.ReportOutcomes.Outcome> reported = new java.util.ArrayList<>();
    var page = outcomes.changedSince(org.gms.server.analysis.ReportOutcomes.Mark.START, 2);
    while (!page.reports().isEmpty()) {
      reported.addAll(page.reports());
      page = outcomes.changedSince(page.last(), 2);
    }
    assertThat(reported)
        .filteredOn(o -> o.orderId() == order)
        .singleElement()
        .satisfies(o -> assertThat(o.pathogenic()).isTrue());
    String html = clinician.get("/api/orders/" + order + "/report", "text/html").body();
    assertThat(html)
        .contains("FBXO11", "c.506_507del", "Pathogenic", "Confirmed by Sanger.", "lab-analysis");
    // the report names the knowledge the run used, as the run's result recorded it
    JsonNode versions = json(scientist.get("/api/analyses/" + run + "/result")).get("dataVersions");
    // the latest HPO version imported through knowledge (other tests of this context import some)
    assertThat(versions.get("HPO annotations").asString())
        .isEqualTo(
            hpo.latest()
                .map(v -> v.label() + " (knowledge version " + v.id() + ")")
                .orElse("bundled with GMS"));
    assertThat(versions.get("HPO ontology").asString()).isNotBlank();
    assertThat(versions.get("panel").asString()).startsWith("R29.");
    assertThat(versions.get("classifier").asString()).isNotBlank();
    assertThat(versions.get("transcripts").asString()).contains("bundled");
    assertThat(html)
        .contains("Knowledge and software used", versions.get("HPO ontology").asString());
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
    JsonNode device =
        fhir.get("entry")
            .valueStream()
            .filter(e -> e.at("/resource/resourceType").asString("").equals("Device"))
            .findFirst()
            .orElseThrow();
    assertThat(variant.at("/device/reference").asString())
        .isEqualTo(device.get("fullUrl").asString());
    assertThat(device.at("/resource/version").toString()).contains("HPO annotations");
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

    assertStartRefused(
        order,
        "{\"vcf\": \"%s\", \"samples\": {\"%s\": \"nobody\"}}".formatted(vcf, CHILD),
        "no sample 'nobody'",
        "c1, m1, f1");

    String spaced = upload(FBXO11_TRIO.replace("\tc1", "\tchild 1"));
    assertStartRefused(
        order,
        "{\"vcf\": \"%s\", \"samples\": {\"%s\": \"child 1\"}}".formatted(spaced, CHILD),
        "'child 1' contains a space",
        "PED");

    assertStartRefused(
        order, "{\"vcf\": \"../../etc/passwd\"}", "outside the analysis data directory");
  }

  @Test
  void aClinicianCannotStartARunEvenOnAnOrderAlreadyInAnalysis() throws Exception {
    long order = sequencedOrder("analysis-clinician-run");
    String vcf = upload(FBXO11_TRIO);
    // a failed run leaves the order in ANALYSIS, where no transition is needed to start again
    awaitFinished(
        json(start(
                order, upload(VCF_HEADER + "chr2\tbad\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t0/0\t0/0\n")))
            .get("id")
            .asLong());
    assertThat(json(clinician.get("/api/orders/" + order)).get("state").asString())
        .isEqualTo("ANALYSIS");

    HttpResponse<String> byClinician =
        startAs(
            clinician,
            order,
            "{\"vcf\": \"%s\", \"samples\": {\"%s\": \"c1\"}}".formatted(vcf, CHILD));
    HttpResponse<String> uploadByClinician =
        clinician.post("/api/vcf-files?filename=x.vcf", "text/plain", FBXO11_TRIO);

    assertThat(byClinician.statusCode()).isEqualTo(403);
    assertThat(uploadByClinician.statusCode()).isEqualTo(403);
    assertThat(json(scientist.get("/api/orders/" + order + "/analyses")).size()).isEqualTo(1);
  }

  @Test
  void aDecompressionBombIsRefusedQuicklyAndLeavesNothingBehind() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
      byte[] line = ("##comment=" + "A".repeat(1000) + "\n").getBytes();
      for (int i = 0; i < 40_000; i++) { // 40 MB of header lines, past the 16 MiB default
        gzip.write(line);
      }
    }
    long start = System.nanoTime();

    HttpResponse<String> refused =
        scientist.post(
            "/api/vcf-files?filename=bomb.vcf.gz", "application/gzip", out.toByteArray());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("bomb.vcf.gz: the header")
        .doesNotContain(files.root().toString());
    assertThat(System.nanoTime() - start).isLessThan(java.time.Duration.ofSeconds(20).toNanos());
    assertThat(leftInUploads()).noneMatch(name -> name.endsWith(".part"));

    HttpResponse<String> nul =
        scientist.post("/api/vcf-files?filename=a%00.vcf", "text/plain", FBXO11_TRIO);
    assertThat(nul.statusCode()).isEqualTo(400);
  }

  @Test
  void anAbortedUploadLeavesNothingBehind() throws Exception {
    java.util.List<String> before = leftInUploads();
    String token =
        accounts
            .issueToken(
                "lab-analysis", "lab-analysis-password", "abort", java.time.Duration.ofMinutes(5))
            .token();
    try (var socket = new java.net.Socket("localhost", port)) {
      var out = socket.getOutputStream();
      out.write(
          ("POST /api/vcf-files?filename=cut.vcf HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/plain\r\n"
                  + "Content-Length: 10000000\r\n\r\n"
                  + VCF_HEADER)
              .getBytes());
      out.flush();
      Thread.sleep(500); // the server has started storing it
    }
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (!leftInUploads().equals(before) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    assertThat(leftInUploads()).isEqualTo(before);
  }

  private java.util.List<String> leftInUploads() throws java.io.IOException {
    java.nio.file.Path dir = files.root().resolve("uploads");
    if (!java.nio.file.Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    try (var list = java.nio.file.Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private long sequencedOrder(String key) throws Exception {
    return trio.sequencedOrder(key, CHILD, TrioOrders.FBXO11_FEATURES_JSON, "T-" + key);
  }

  private String upload(String vcf) throws Exception {
    return trio.upload(vcf);
  }

  private HttpResponse<String> start(long order, String vcf) throws Exception {
    return trio.start(order, vcf, CHILD);
  }

  /** Asks, as the user, to start an analysis of the order with the JSON body. */
  private static HttpResponse<String> startAs(ApiClient user, long order, String body)
      throws Exception {
    return user.post("/api/orders/" + order + "/analyses", "application/json", body);
  }

  /** Asks the scientist to start an analysis with the body: refused (400), naming the reasons. */
  private void assertStartRefused(long order, String body, String... reasons) throws Exception {
    HttpResponse<String> refused = startAs(scientist, order, body);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(reasons);
  }

  private JsonNode awaitFinished(long run) throws Exception {
    return trio.awaitFinished(run);
  }
}
