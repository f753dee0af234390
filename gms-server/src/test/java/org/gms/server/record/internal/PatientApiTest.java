package org.gms.server.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Patients and their pharmacogenomic results over real HTTP, on the embedded PostgreSQL. The VCF is
 * the reference tool's example 2, whose expected CYP2C19 call is *2/*2, Poor Metabolizer
 * (pharmcat.example2.report.tsv).
 */
class PatientApiTest extends ApiTest {

  private static final String NHS = "9990000034";

  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  ApiClient clinician;
  ApiClient scientist;

  @BeforeEach
  void users() throws Exception {
    clinician = ApiClient.as(Role.CLINICIAN, accounts, port);
    scientist = ApiClient.as(Role.LABORATORY_SCIENTIST, accounts, port);
    clinician.registerUnlessRegistered(NHS, "Test Patient", "1980-01-31", "female");
  }

  private static String patientJson(String nhs) {
    return """
        {"nhsNumber": "%s", "name": "Test Patient", "dateOfBirth": "1980-01-31", "sex": "female"}
        """
        .formatted(nhs);
  }

  @Test
  void aRegisteredPatientIsReadBack() throws Exception {
    JsonNode patient = json(clinician.get("/api/patients/" + NHS));
    assertThat(patient.get("nhsNumber").asString()).isEqualTo(NHS);
    assertThat(patient.get("dateOfBirth").asString()).isEqualTo("1980-01-31");
    assertThat(patient.get("sex").asString()).isEqualTo("FEMALE");
  }

  @Test
  void equityFieldsAreRecordedAtRegistrationAndByAnAuditedUpdate() throws Exception {
    String nhs = "9990001006";
    if (clinician.get("/api/patients/" + nhs).statusCode() == 404) {
      HttpResponse<String> created =
          clinician.post(
              "/api/patients",
              "application/json",
              """
              {"nhsNumber": "%s", "name": "Equity Patient", "dateOfBirth": "1975-03-04",
               "sex": "male", "ethnicCategory": "n", "imdDecile": 3}
              """
                  .formatted(nhs));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    } else {
      // registered by an earlier run in the same database: as registration left it
      jdbc.sql("UPDATE patient SET ethnic_category = 'N', imd_decile = 3 WHERE nhs_number = :n")
          .param("n", nhs)
          .update();
    }
    JsonNode read = json(clinician.get("/api/patients/" + nhs));
    assertThat(read.get("ethnicCategory").asString()).isEqualTo("N");
    assertThat(read.get("imdDecile").asInt()).isEqualTo(3);

    HttpResponse<String> updated =
        clinician.send(
            "PUT",
            "/api/patients/" + nhs + "/equity",
            "application/json",
            "{\"ethnicCategory\": \"99\", \"imdDecile\": null}");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).get("ethnicCategory").asString()).isEqualTo("99");
    assertThat(json(updated).get("imdDecile").isNull()).isTrue();
    JsonNode again = json(clinician.get("/api/patients/" + nhs));
    assertThat(again.get("ethnicCategory").asString()).isEqualTo("99");
    assertThat(again.get("imdDecile").isNull()).isTrue();
    audit.flush();
    // the change is audited by field, without the values
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE action = 'update'"
                        + " AND entity_type = 'patient' AND entity_id = :nhs ORDER BY seq DESC"
                        + " LIMIT 1")
                .param("nhs", nhs)
                .query(String.class)
                .single())
        .isEqualTo("ethnic category recorded; IMD decile removed");
  }

  @Test
  void invalidEquityFieldsAreRefusedNamingTheField() throws Exception {
    HttpResponse<String> badCode =
        clinician.send(
            "PUT",
            "/api/patients/" + NHS + "/equity",
            "application/json",
            "{\"ethnicCategory\": \"Q\", \"imdDecile\": 2}");
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(json(badCode).get("detail").asString())
        .contains("ethnicCategory 'Q' is not an NHS Data Dictionary ethnic category code");
    HttpResponse<String> badDecile =
        clinician.send(
            "PUT",
            "/api/patients/" + NHS + "/equity",
            "application/json",
            "{\"ethnicCategory\": \"A\", \"imdDecile\": 11}");
    assertThat(badDecile.statusCode()).isEqualTo(400);
    assertThat(json(badDecile).get("detail").asString())
        .contains("imdDecile 11 is not a deprivation decile");
    HttpResponse<String> badAtRegistration =
        clinician.post(
            "/api/patients",
            "application/json",
            """
            {"nhsNumber": "9990001014", "name": "Bad Decile", "dateOfBirth": "1975-03-04",
             "sex": "male", "imdDecile": 0}
            """);
    assertThat(badAtRegistration.statusCode()).isEqualTo(400);
    assertThat(json(badAtRegistration).get("detail").asString()).contains("imdDecile 0");
    // nothing was changed
    JsonNode patient = json(clinician.get("/api/patients/" + NHS));
    assertThat(patient.get("ethnicCategory").isNull()).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          equity       | "imdDecile": "seven"      | imdDecile | imdDecile "seven" (text) is not a deprivation decile: send a whole number
          equity       | "imdDecile": "7"          | imdDecile | imdDecile "7" (text) is not a deprivation decile
          equity       | "imdDecile": 7.5          | imdDecile | imdDecile 7.5 is not a deprivation decile
          equity       | "imdDecile": true         | imdDecile | imdDecile true (true or false) is not a deprivation decile
          equity       | "imdDecile": [7]          | imdDecile | imdDecile sent as a list is not a deprivation decile
          equity       | "imdDecile": {"decile": 7} | imdDecile | imdDecile sent as an object is not a deprivation decile
          equity       | "imdDecile": 11           | imdDecile | imdDecile 11 is not a deprivation decile: use 1 (most deprived tenth of areas) to 10
          equity       | "ethnicCategory": ["A"]   | ethnicCategory | expected text, found a list
          registration | "imdDecile": "seven"      | imdDecile | imdDecile "seven" (text) is not a deprivation decile: send a whole number
          registration | "imdDecile": 3.0          | imdDecile | imdDecile 3.0 is not a deprivation decile
          registration | "imdDecile": false        | imdDecile | imdDecile false (true or false) is not a deprivation decile
          registration | "imdDecile": 0            | imdDecile | imdDecile 0 is not a deprivation decile
          registration | "ethnicCategory": {"code": "A"} | ethnicCategory | expected text, found an object
          """)
  void aDecileOrCategoryOfTheWrongKindIsA400NamingTheFieldAndWhatItTakes(
      String where, String field, String name, String detail) throws Exception {
    String nhs = "9990001014"; // valid, and never registered: every request here is refused
    HttpResponse<String> response =
        where.equals("equity")
            ? clinician.send(
                "PUT", "/api/patients/" + NHS + "/equity", "application/json", "{" + field + "}")
            : clinician.post(
                "/api/patients",
                "application/json",
                """
                {"nhsNumber": "%s", "name": "Wrong Kind", "dateOfBirth": "1975-03-04",
                 "sex": "male", %s}
                """
                    .formatted(nhs, field));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("field").asString()).isEqualTo(name);
    assertThat(problem.get("detail").asString()).contains(detail).doesNotContain("java.");
    if (name.equals("imdDecile")) {
      assertThat(problem.get("detail").asString()).contains("1 (most deprived", "10 (least");
    }
    // nothing was recorded
    assertThat(clinician.get("/api/patients/" + nhs).statusCode()).isEqualTo(404);
    assertThat(json(clinician.get("/api/patients/" + NHS)).get("imdDecile").isNull()).isTrue();
  }

  @Test
  void anInvalidNhsNumberIsAProblem400SayingWhy() throws Exception {
    HttpResponse<String> response =
        clinician.post("/api/patients", "application/json", patientJson("9434765918"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json(response).get("detail").asString())
        .contains("'9434765918' is not a valid NHS number: its check digit does not match");
  }

  @Test
  void aDuplicateNhsNumberIsRefused() throws Exception {
    HttpResponse<String> response =
        clinician.post("/api/patients", "application/json", patientJson(NHS));
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("detail").asString()).contains("is registered already");
  }

  @Test
  void aScientistStoresAResultAndAClinicianReadsTheLatest() throws Exception {
    HttpResponse<String> stored = scientist.post(pgx(), "application/gzip", example2());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    long storedId = json(stored).get("id").asLong();

    JsonNode latest = json(clinician.get(pgx()));
    assertThat(latest.get("id").asLong()).isEqualTo(storedId);
    assertThat(latest.get("sample").asString()).isEqualTo("Sample_2");
    JsonNode cyp2c19 = gene(latest, "CYP2C19");
    assertThat(cyp2c19.get("diplotypes").get(0).asString()).isEqualTo("*2/*2");
    assertThat(cyp2c19.get("diplotypes").size()).isEqualTo(1);
    assertThat(cyp2c19.get("phenotype").asString()).isEqualTo("Poor Metabolizer");
    assertThat(gene(latest, "CYP2B6").get("phenotype").asString())
        .isEqualTo("Intermediate Metabolizer");
    assertThat(recommendationDrugs(latest)).contains("clopidogrel", "voriconazole");
    audit.flush();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE action = 'create'"
                        + " AND entity_type = 'pgx-result' AND entity_id = :nhs")
                .param("nhs", NHS)
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void everyAnalysisIsKeptAndTheLatestIsCurrent() throws Exception {
    long first = json(scientist.post(pgx(), "application/gzip", example2())).get("id").asLong();
    long second = json(scientist.post(pgx(), "application/gzip", example2())).get("id").asLong();
    assertThat(second).isGreaterThan(first);
    assertThat(json(clinician.get(pgx())).get("id").asLong()).isEqualTo(second);
    assertThat(
            jdbc.sql("SELECT count(*) FROM pgx_result WHERE id IN (:ids)")
                .param("ids", List.of(first, second))
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void onlyScientistsStoreResults() throws Exception {
    assertThat(clinician.post(pgx(), "application/gzip", example2()).statusCode()).isEqualTo(403);
    assertThat(ApiClient.anonymous(port).get(pgx()).statusCode()).isEqualTo(401);
  }

  @Test
  void aBodyThatIsNotAVcfIsAProblem400() throws Exception {
    HttpResponse<String> response =
        scientist.post(pgx() + "?filename=hello.vcf", "text/plain", "hello\n");
    assertThat(response.statusCode()).isEqualTo(400);
    // named as the client sent it, never by the server's temporary file
    assertThat(json(response).get("detail").asString())
        .isNotBlank()
        .doesNotContain("gms-pgx-", System.getProperty("java.io.tmpdir"));
  }

  /**
   * The PGx upload has the limits of {@code POST /api/vcf-files} ({@code gms.upload.*}), checked
   * while streaming: 60 KB of gzip that expands to 40 MB of header lines is refused after the 16
   * MiB header limit, quickly, naming the file as sent; a line past the line limit and a NUL byte
   * are refused too, and the patient's stored result is untouched.
   */
  @Test
  void aDecompressionBombIsRefusedByTheUploadLimits() throws Exception {
    scientist.post(pgx(), "application/gzip", example2());
    long before = json(clinician.get(pgx())).get("id").asLong();
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(bomb)) {
      byte[] line = ("##" + "x".repeat(1000) + "\n").getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 40_000; i++) {
        gzip.write(line);
      }
    }
    assertThat(bomb.size()).isLessThan(1 << 20);

    long start = System.nanoTime();
    HttpResponse<String> refused =
        scientist.post(pgx() + "?filename=bomb.vcf.gz", "application/gzip", bomb.toByteArray());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).get("detail").asString())
        .contains("bomb.vcf.gz: the header", "gms.upload.max-header-bytes")
        .doesNotContain("/tmp", "gms-pgx-");
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(20).toNanos());

    String longLine = "##fileformat=VCFv4.2\n#CHROM\n" + "1\t" + "A".repeat(2 << 20) + "\n";
    HttpResponse<String> tooLong =
        scientist.post(pgx() + "?filename=long.vcf", "text/plain", longLine);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(json(tooLong).get("detail").asString())
        .contains("long.vcf, line 3", "gms.upload.max-line-bytes");

    HttpResponse<String> nul =
        scientist.post(pgx() + "?filename=nul.vcf", "text/plain", "##fileformat=VCFv4.2\n\0\n");
    assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
    assertThat(json(nul).get("detail").asString()).contains("nul.vcf, line 2: a NUL byte");

    assertThat(json(clinician.get(pgx())).get("id").asLong()).isEqualTo(before);
  }

  @Test
  void theResultAsFhirGenomicsReportingObservations() throws Exception {
    scientist.post(pgx(), "application/gzip", example2());
    HttpResponse<String> response = clinician.get(pgx() + "/fhir");
    assertThat(org.gms.server.FhirValidation.errors(response.body())).isEmpty();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
    JsonNode bundle = json(response);
    assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");

    List<JsonNode> resources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode resource = entry.get("resource");
      resources.add(resource);
      ids.add(resource.get("resourceType").asString() + "/" + resource.get("id").asString());
    }
    JsonNode report = only(resources, "DiagnosticReport");
    assertThat(report.at("/code/coding/0/code").asString()).isEqualTo("51969-4");
    for (JsonNode result : report.get("result")) {
      assertThat(ids).contains(result.get("reference").asString());
    }

    JsonNode genotype =
        resources.stream()
            .filter(r -> r.at("/code/coding/0/code").asString().equals("84413-4"))
            .filter(
                r ->
                    r.at("/component/0/valueCodeableConcept/coding/0/code")
                        .asString()
                        .equals("HGNC:2621"))
            .findFirst()
            .orElseThrow();
    assertThat(genotype.at("/meta/profile/0").asString())
        .isEqualTo("http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/genotype");
    assertThat(genotype.at("/valueCodeableConcept/text").asString()).isEqualTo("CYP2C19 *2/*2");
    assertThat(genotype.at("/subject/reference").asString()).isEqualTo("Patient/" + NHS);

    JsonNode clopidogrel =
        resources.stream()
            .filter(r -> r.at("/code/coding/0/code").asString().equals("therapeutic-implication"))
            .filter(
                r ->
                    r.at("/component/0/valueCodeableConcept/coding/0/code")
                        .asString()
                        .equals("32968"))
            .findFirst()
            .orElseThrow();
    assertThat(clopidogrel.at("/component/0/code/coding/0/code").asString()).isEqualTo("51963-7");
    assertThat(clopidogrel.at("/derivedFrom/0/reference").asString())
        .isEqualTo("Observation/" + genotype.get("id").asString());
    assertThat(clopidogrel.toString()).contains("CYP2C19 Poor Metabolizer");
  }

  private static JsonNode only(List<JsonNode> resources, String type) {
    List<JsonNode> found =
        resources.stream().filter(r -> r.get("resourceType").asString().equals(type)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String pgx() {
    return "/api/patients/" + NHS + "/pgx";
  }

  private static byte[] example2() throws Exception {
    try (InputStream in =
        PatientApiTest.class.getResourceAsStream(
            "/org/gms/server/analysis/demo/pharmcat.example2.vcf.gz")) {
      return in.readAllBytes();
    }
  }

  private static JsonNode gene(JsonNode result, String symbol) {
    for (JsonNode gene : result.get("genes")) {
      if (gene.get("gene").asString().equals(symbol)) {
        return gene;
      }
    }
    throw new AssertionError("no gene " + symbol);
  }

  private static List<String> recommendationDrugs(JsonNode result) {
    List<String> drugs = new ArrayList<>();
    result.get("recommendations").forEach(r -> drugs.add(r.get("drug").asString()));
    return drugs;
  }
}
