package org.gms.server.oncology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.FhirValidation;
import org.gms.server.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;

/**
 * A lung adenocarcinoma through the service over HTTP: the clinician orders M4.13 and opens the
 * cancer case, the laboratory receives FFPE tissue (40% tumour) and uploads the tumour VCF (EGFR
 * L858R and a CD74-ROS1 fusion), the worker analyses it, the tumour board sees tier I with the
 * therapies, decides and authorises; the report is read as HTML, PDF and FHIR (validated against
 * the Genomics Reporting IG), the event carries the findings, and a later plasma sample with EGFR
 * T790M is flagged as a new resistance variant.
 */
@Import(OncologyApiTest.Events.class)
class OncologyApiTest extends ApiTest {

  static final String LAB = "North West GLH";

  /** EGFR L858R (chr7:55191822 T>G, GRCh38) at 35% VAF and CD74-ROS1 breakends. */
  static final String TUMOUR_VCF =
      """
      ##fileformat=VCFv4.2
      ##reference=GRCh38
      ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|HGVSc|HGVSp|EXON|CANONICAL|gnomADe_AF">
      ##INFO=<ID=SVTYPE,Number=1,Type=String,Description="SV type">
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOUR
      chr5\t150404000\tbnd1\tA\tA[chr6:117324000[\t.\tPASS\tSVTYPE=BND\tGT:AD\t0/1:60,20
      chr6\t117324000\tbnd2\tT\t]chr5:150404000]T\t.\tPASS\tSVTYPE=BND\tGT:AD\t0/1:60,20
      chr7\t55191822\t.\tT\tG\t.\tPASS\tCSQ=G|missense_variant|MODERATE|EGFR|ENST00000275493.7:c.2573T>G|ENSP00000275493.2:p.Leu858Arg|21/28|YES|\tGT:AD\t0/1:130,70
      """;

  /** Plasma months later: L858R lower, and EGFR T790M (chr7:55181378 C>T) has appeared. */
  static final String PLASMA_VCF =
      """
      ##fileformat=VCFv4.2
      ##reference=GRCh38
      ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|HGVSc|HGVSp|EXON|CANONICAL|gnomADe_AF">
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPLASMA
      chr7\t55181378\t.\tC\tT\t.\tPASS\tCSQ=T|missense_variant|MODERATE|EGFR|ENST00000275493.7:c.2369C>T|ENSP00000275493.2:p.Thr790Met|20/28|YES|\tGT:AD\t0/1:950,50
      chr7\t55191822\t.\tT\tG\t.\tPASS\tCSQ=G|missense_variant|MODERATE|EGFR|ENST00000275493.7:c.2573T>G|ENSP00000275493.2:p.Leu858Arg|21/28|YES|\tGT:AD\t0/1:900,100
      """;

  @Autowired Events events;
  @Autowired ReportedCancerCases reportedCases;

  /** Collects the events published. */
  @TestConfiguration
  static class Events {
    final List<CancerCaseReported> reported = new ArrayList<>();

    @EventListener
    void on(CancerCaseReported event) {
      reported.add(event);
    }
  }

  @Test
  void aLungCancerFromOrderToAuthorisedReportAndCtdnaMonitoring() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = ApiClient.as("dr-onc", Role.CLINICIAN, "Lung Clinic", accounts, port);
    ApiClient scientist = ApiClient.as("lab-onc", Role.LABORATORY_SCIENTIST, LAB, accounts, port);
    ApiClient researcher = ApiClient.as("res-onc", Role.RESEARCHER, "Uni", accounts, port);
    String nhs = "9175166038";
    ok(
        clinician.post(
            "/api/patients",
            "application/json",
            """
            {"nhsNumber": "%s", "name": "Sarah Lung", "dateOfBirth": "1980-03-14", "sex": "female"}
            """
                .formatted(nhs)),
        201);
    JsonNode order =
        ok(
            clinician.post(
                "/api/orders",
                "application/json",
                """
                {"requestKey": "onc-1", "patient": "%s", "indication": "M4", "test": "M4.13",
                 "laboratory": "%s", "hpoTerms": [], "family": [],
                 "researchParticipation": false, "recontact": true}
                """
                    .formatted(nhs, LAB)),
            201);
    long orderId = order.get("id").asLong();
    JsonNode opened =
        ok(
            clinician.post(
                "/api/oncology/cases",
                "application/json",
                """
                {"orderId": %d, "oncotreeCode": "LUAD", "histology": "adenocarcinoma",
                 "primarySite": "right upper lobe", "stage": "IV"}
                """
                    .formatted(orderId)),
            201);
    long caseId = opened.get("id").asLong();
    assertThat(opened.get("tumourType").asString()).isEqualTo("Lung Adenocarcinoma");
    assertThat(
            clinician
                .post(
                    "/api/oncology/cases",
                    "application/json",
                    "{\"orderId\": %d, \"oncotreeCode\": \"LUNGX\"}".formatted(orderId))
                .statusCode())
        .isIn(400, 409);
    assertThat(researcher.get("/api/oncology/cases/" + caseId + "/board").statusCode())
        .isEqualTo(403);

    JsonNode ffpe =
        ok(
            scientist.post(
                "/api/oncology/cases/" + caseId + "/samples",
                "application/json",
                """
                {"type": "ffpe", "barcode": "T-0001", "cellularityPercent": 40,
                 "collectedOn": "2026-06-01"}
                """),
            201);
    assertThat(
            scientist
                .post(
                    "/api/oncology/cases/" + caseId + "/samples",
                    "application/json",
                    "{\"type\": \"ffpe\", \"barcode\": \"T-0002\", \"cellularityPercent\": 140}")
                .statusCode())
        .isEqualTo(400);
    long run = startRun(scientist, caseId, ffpe.get("id").asLong(), TUMOUR_VCF, "tumour.vcf");
    await(scientist, run);

    JsonNode board = ok(clinician.get("/api/oncology/cases/" + caseId + "/board"), 200);
    JsonNode first = board.get("findings").get(0).get("finding");
    assertThat(first.get("tier").asString()).startsWith("I");
    List<String> tierOne = new ArrayList<>();
    for (JsonNode f : board.get("findings")) {
      if (f.get("finding").get("tier").asString().matches("I[AB]")) {
        tierOne.add(
            f.get("finding").get("gene").asString()
                + " "
                + f.get("finding").get("alteration").asString());
      }
    }
    assertThat(tierOne).anyMatch(s -> s.startsWith("EGFR")).anyMatch(s -> s.contains("ROS1"));
    assertThat(board.toString()).containsIgnoringCase("crizotinib");
    assertThat(board.get("tmb").get("perMb").asDouble()).isGreaterThan(0);
    assertThat(board.get("undecided").size()).isGreaterThanOrEqualTo(2);

    // authorising before every tier I/II finding is decided is refused, naming them
    HttpResponse<String> early =
        scientist.post("/api/oncology/cases/" + caseId + "/report", "application/json", "");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("EGFR");

    for (JsonNode f : board.get("findings")) {
      JsonNode finding = f.get("finding");
      if (!finding.get("tier").asString().startsWith("III")
          && !finding.get("tier").asString().startsWith("IV")) {
        ok(
            clinician.post(
                "/api/oncology/cases/" + caseId + "/decisions",
                "application/json",
                JSON.writeValueAsString(
                    java.util.Map.of(
                        "findingKey", finding.get("key").asString(),
                        "decision", "reported",
                        "comment", "discussed at MTB"))),
            201);
      }
    }
    JsonNode summary =
        ok(
            scientist.post("/api/oncology/cases/" + caseId + "/report", "application/json", ""),
            201);
    assertThat(summary.get("authorisedBy").asString()).isEqualTo("lab-onc");

    String html = clinician.get("/api/oncology/cases/" + caseId + "/report", "text/html").body();
    assertThat(html).contains("Lung Adenocarcinoma").contains("EGFR").contains("40%");
    HttpResponse<byte[]> pdf =
        clinician.getBytes("/api/oncology/cases/" + caseId + "/report.pdf", "*/*");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String fhir =
        clinician.get("/api/oncology/cases/" + caseId + "/report", "application/fhir+json").body();
    assertThat(fhir).contains("therapeutic-implication").contains("94076-7").contains("81695-9");
    assertThat(FhirValidation.errors(fhir)).isEmpty();

    JsonNode orderAfter = ok(clinician.get("/api/orders/" + orderId), 200);
    assertThat(orderAfter.get("state").asString()).isEqualTo("REPORTED");
    assertThat(events.reported)
        .anySatisfy(
            e -> {
              assertThat(e.caseId()).isEqualTo(caseId);
              assertThat(e.oncotreeCode()).isEqualTo("LUAD");
              assertThat(e.sex()).isEqualTo(org.gms.server.record.Sex.FEMALE);
              assertThat(e.findings())
                  .anySatisfy(
                      f -> {
                        assertThat(f.category()).isEqualTo(VariantCategory.FUSION);
                        assertThat(f.partnerGenes()).contains("ROS1");
                      })
                  .anySatisfy(
                      f -> {
                        assertThat(f.gene()).isEqualTo("EGFR");
                        assertThat(f.proteinChange()).isEqualTo("L858R");
                      });
            });
    // the stored form reads back as published, for features that catch up
    CancerCaseReported stored = reportedCases.reportedCase(caseId).orElseThrow();
    assertThat(stored.findings())
        .hasSameSizeAs(events.reported.get(events.reported.size() - 1).findings());
    assertThat(stored.tmb()).isNotNull();
    assertThat(reportedCases.reported()).extracting(CancerCaseReported::caseId).contains(caseId);
    String rosKey = null;
    for (JsonNode f : board.get("findings")) {
      if (f.get("finding").get("alteration").asString().contains("ROS1")) {
        rosKey = f.get("finding").get("key").asString();
      }
    }
    ok(
        clinician.post(
            "/api/oncology/cases/" + caseId + "/therapies",
            "application/json",
            JSON.writeValueAsString(
                java.util.Map.of(
                    "findingKey", rosKey, "therapy", "entrectinib", "startedOn", "2026-06-20"))),
        201);
    assertThat(
            scientist
                .post(
                    "/api/oncology/cases/" + caseId + "/therapies",
                    "application/json",
                    "{\"findingKey\": \"x\", \"therapy\": \"y\"}")
                .statusCode())
        .isEqualTo(403);
    String record = clinician.get("/api/patients/" + nhs + "/record").body();
    assertThat(record)
        .contains("cancer-report-authorised")
        .contains("tumour-sample-received")
        .contains("Targeted therapy started: entrectinib");

    // months later: plasma with T790M
    JsonNode plasma =
        ok(
            scientist.post(
                "/api/oncology/cases/" + caseId + "/samples",
                "application/json",
                "{\"type\": \"plasma_ctdna\", \"barcode\": \"P-0001\", \"collectedOn\": \"2026-11-01\"}"),
            201);
    await(
        scientist,
        startRun(scientist, caseId, plasma.get("id").asLong(), PLASMA_VCF, "plasma.vcf"));
    JsonNode series = ok(clinician.get("/api/oncology/cases/" + caseId + "/ctdna"), 200);
    JsonNode t790m = null;
    JsonNode l858r = null;
    for (JsonNode s : series) {
      if (s.get("proteinChange").asString().equals("T790M")) {
        t790m = s;
      }
      if (s.get("proteinChange").asString().equals("L858R")) {
        l858r = s;
      }
    }
    assertThat(t790m).as(series.toString()).isNotNull();
    assertThat(t790m.get("newResistance").asBoolean()).isTrue();
    assertThat(t790m.get("points").get(0).get("vaf").asDouble()).isZero();
    assertThat(l858r.get("points").get(0).get("vaf").asDouble()).isEqualTo(0.35);
    assertThat(l858r.get("points").get(1).get("vaf").asDouble()).isEqualTo(0.1);
  }

  /**
   * Registers a patient, orders M4.13 for them at {@link #LAB} and opens its cancer case.
   *
   * @param patient the patient's name, date of birth and sex as JSON members
   * @param caseFields the case's JSON members after its order ({@code "oncotreeCode": "LUAD"})
   * @return the case's id
   */
  static long openCase(
      ApiClient clinician, String nhs, String patient, String requestKey, String caseFields)
      throws Exception {
    ok(
        clinician.post(
            "/api/patients",
            "application/json",
            "{\"nhsNumber\": \"%s\", %s}".formatted(nhs, patient)),
        201);
    long orderId =
        ok(
                clinician.post(
                    "/api/orders",
                    "application/json",
                    """
                    {"requestKey": "%s", "patient": "%s", "indication": "M4", "test": "M4.13",
                     "laboratory": "%s", "hpoTerms": [], "family": [], "eligibilityMet": true}
                    """
                        .formatted(requestKey, nhs, LAB)),
                201)
            .get("id")
            .asLong();
    return ok(
            clinician.post(
                "/api/oncology/cases",
                "application/json",
                "{\"orderId\": %d, %s}".formatted(orderId, caseFields)),
            201)
        .get("id")
        .asLong();
  }

  static long startRun(ApiClient scientist, long caseId, long sampleId, String vcf, String name)
      throws Exception {
    String boundary = "----gms" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "sampleId", null, Long.toString(sampleId));
    part(body, boundary, "targetMb", null, "1.2");
    part(body, boundary, "vcf", name, vcf);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> started =
        scientist.post(
            "/api/oncology/cases/" + caseId + "/runs",
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());
    return ok(started, 201).get("id").asLong();
  }

  private static void part(
      ByteArrayOutputStream body, String boundary, String name, String file, String content) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: text/plain")
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  static void await(ApiClient scientist, long run) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonNode state = ok(scientist.get("/api/oncology/runs/" + run), 200);
      if (state.get("state").asString().equals("SUCCEEDED")) {
        return;
      }
      assertThat(state.get("state").asString()).as(state.toString()).isNotEqualTo("FAILED");
      Thread.sleep(200);
    }
    throw new AssertionError("somatic run " + run + " did not finish in 2 minutes");
  }

  static JsonNode ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
}
