package org.gms.server.oncology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.oncology.OncologyApiTest.ok;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.FhirValidation;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A targeted therapy started, stated as a FHIR R4 MedicationStatement: accepted for a reported
 * finding of the case (named by the fullUrl of its variant Observation in the report bundle, or by
 * the finding's identifier), refused at the element that is wrong, and given back as
 * MedicationStatements in the report bundle, the case's therapy bundle and the patient's record
 * export, each passing the HAPI validator.
 */
class TherapyStatementApiTest extends ApiTest {

  private static final String FHIR = "application/fhir+json";
  private static final String NHS = NhsNumber.firstValidFrom(999_250_000L).value();

  @Test
  void aMedicationStatementRecordsTheTherapyOfAReportedFindingAndComesBackInTheCasesFhir()
      throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = ApiClient.as("dr-ms", Role.CLINICIAN, "Lung Clinic", accounts, port);
    ApiClient scientist =
        ApiClient.as("lab-ms", Role.LABORATORY_SCIENTIST, OncologyApiTest.LAB, accounts, port);
    long caseId = reportedCase(clinician, scientist);

    String bundle = clinician.get("/api/oncology/cases/" + caseId + "/report", FHIR).body();
    String egfr = null;
    String ros1Key = null;
    for (JsonNode entry : JSON.readTree(bundle).get("entry")) {
      JsonNode resource = entry.get("resource");
      for (JsonNode id : resource.path("identifier")) {
        if (id.path("system").asString().equals("urn:gms:cancer-finding")) {
          String variant = resource.toString();
          if (variant.contains("\"EGFR\"") && !variant.contains("ROS1")) {
            egfr = entry.get("fullUrl").asString();
          }
          if (variant.contains("ROS1")) {
            ros1Key = id.get("value").asString();
          }
        }
      }
    }
    assertThat(egfr).as(bundle).isNotNull();
    assertThat(ros1Key).as(bundle).isNotNull();

    // by the variant Observation's fullUrl, with a coded medication
    HttpResponse<String> created =
        clinician.post(
            "/api/oncology/cases/" + caseId + "/therapies",
            FHIR,
            statement(
                "active",
                NHS,
                "{\"reference\": \"" + egfr + "\"}",
                "\"effectiveDateTime\": \"2026-06-20\","));
    JsonNode osimertinib = ok(created, 201);
    assertThat(created.headers().firstValue("Content-Type").orElse("")).startsWith(FHIR);
    assertThat(osimertinib.get("resourceType").asString()).isEqualTo("MedicationStatement");
    assertThat(osimertinib.get("effectiveDateTime").asString()).isEqualTo("2026-06-20");
    assertThat(FhirValidation.errors(created.body())).isEmpty();
    // by the finding's identifier, started in a period
    ok(
        clinician.post(
            "/api/oncology/cases/" + caseId + "/therapies",
            FHIR,
            statement(
                    "completed",
                    NHS,
                    "{\"identifier\": {\"system\": \"urn:gms:cancer-finding\", \"value\": \""
                        + ros1Key
                        + "\"}}",
                    "\"effectivePeriod\": {\"start\": \"2026-05-02\"},")
                .replace("osimertinib", "entrectinib")
                .replace("1856776", "1918268")),
        201);

    // wrong statements are refused as OperationOutcomes naming the element that is wrong
    assertRefused(
        clinician,
        caseId,
        statement("intended", NHS, "{\"reference\": \"" + egfr + "\"}", ""),
        "status",
        "intended");
    assertRefused(
        clinician,
        caseId,
        statement("active", "9434765919", "{\"reference\": \"" + egfr + "\"}", ""),
        "subject",
        "9434765919");
    assertRefused(
        clinician,
        caseId,
        statement("active", NHS, "{\"reference\": \"urn:uuid:00000000-0000-0000-0000-0\"}", ""),
        "reasonReference",
        "not a variant Observation");
    assertRefused(clinician, caseId, "{\"resourceType\": \"Patient\"}", "resourceType", "Patient");
    assertThat(
            scientist
                .post(
                    "/api/oncology/cases/" + caseId + "/therapies",
                    FHIR,
                    statement("active", NHS, "{\"reference\": \"" + egfr + "\"}", ""))
                .statusCode())
        .isEqualTo(403);

    // given back: the report bundle with both therapies, referring to its own Observations
    String withTherapies = clinician.get("/api/oncology/cases/" + caseId + "/report", FHIR).body();
    List<JsonNode> statements = new ArrayList<>();
    for (JsonNode entry : JSON.readTree(withTherapies).get("entry")) {
      if (entry.get("resource").get("resourceType").asString().equals("MedicationStatement")) {
        statements.add(entry.get("resource"));
      }
    }
    assertThat(statements)
        .extracting(s -> s.get("medicationCodeableConcept").get("text").asString())
        .containsExactly("entrectinib", "osimertinib");
    assertThat(statements)
        .extracting(s -> s.get("reasonReference").get(0).path("reference").asString())
        .contains(egfr)
        .allMatch(r -> r.startsWith("urn:uuid:"));
    assertThat(FhirValidation.errors(withTherapies)).isEmpty();
    String therapies = clinician.get("/api/oncology/cases/" + caseId + "/therapies", FHIR).body();
    assertThat(therapies).contains("\"MedicationStatement\"", "1856776", "entrectinib");
    assertThat(FhirValidation.errors(therapies)).isEmpty();
    String record = clinician.get("/api/patients/" + NHS + "/record", FHIR).body();
    assertThat(record).contains("\"MedicationStatement\"", "osimertinib");
    assertThat(FhirValidation.errors(record)).isEmpty();
    assertThat(clinician.get("/api/patients/" + NHS + "/record").body())
        .contains("Targeted therapy started: osimertinib (from a FHIR MedicationStatement)");
  }

  private static void assertRefused(
      ApiClient clinician, long caseId, String body, String field, String words) throws Exception {
    HttpResponse<String> refused =
        clinician.post("/api/oncology/cases/" + caseId + "/therapies", FHIR, body);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/fhir+json");
    JsonNode outcome = JSON.readTree(refused.body());
    assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
    JsonNode issue = outcome.get("issue").get(0);
    assertThat(issue.get("severity").asString()).isEqualTo("error");
    assertThat(issue.get("code").asString()).isEqualTo("invalid");
    assertThat(issue.get("expression").get(0).asString()).isEqualTo("MedicationStatement." + field);
    assertThat(issue.get("diagnostics").asString()).contains(words);
    assertThat(FhirValidation.errors(refused.body())).as(refused.body()).isEmpty();
  }

  private static String statement(String status, String nhs, String reason, String effective) {
    return """
        {"resourceType": "MedicationStatement", "status": "%s",
         "medicationCodeableConcept": {"coding": [{"system":
           "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1856776",
           "display": "osimertinib"}], "text": "osimertinib"},
         %s
         "subject": {"identifier": {"system": "https://fhir.nhs.uk/Id/nhs-number",
           "value": "%s"}},
         "reasonReference": [%s]}
        """
        .formatted(status, effective, nhs, reason);
  }

  /** A lung adenocarcinoma with EGFR L858R and CD74-ROS1, every tier I/II finding reported. */
  private long reportedCase(ApiClient clinician, ApiClient scientist) throws Exception {
    long caseId =
        OncologyApiTest.openCase(
            clinician,
            NHS,
            "\"name\": \"Therapy Patient\", \"dateOfBirth\": \"1970-02-01\", \"sex\": \"male\"",
            "ms-1",
            "\"oncotreeCode\": \"LUAD\", \"sampleType\": \"ffpe\"");
    long sample =
        ok(
                scientist.post(
                    "/api/oncology/cases/" + caseId + "/samples",
                    "application/json",
                    "{\"type\": \"ffpe\", \"barcode\": \"MS-1\", \"cellularityPercent\": 40}"),
                201)
            .get("id")
            .asLong();
    OncologyApiTest.await(
        scientist,
        OncologyApiTest.startRun(
            scientist, caseId, sample, OncologyApiTest.TUMOUR_VCF, "tumour.vcf"));
    JsonNode board = ok(clinician.get("/api/oncology/cases/" + caseId + "/board"), 200);
    for (JsonNode f : board.get("undecided")) {
      ok(
          clinician.post(
              "/api/oncology/cases/" + caseId + "/decisions",
              "application/json",
              JSON.writeValueAsString(Map.of("findingKey", f.asString(), "decision", "reported"))),
          201);
    }
    ok(scientist.post("/api/oncology/cases/" + caseId + "/report", "application/json", ""), 201);
    return caseId;
  }
}
