package org.gms.server.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FHIR R4 intake of orders over HTTP: ServiceRequest, transaction Bundle, OperationOutcome. */
class FhirOrderApiTest extends ApiTest {

  private static final String FHIR = "application/fhir+json";
  private static final String PATIENT = "9991000089";
  private static final String NEW_PATIENT = "9991000097";

  ApiClient clinician;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician = client("dr-fhir", Role.CLINICIAN, "FHIR Hospital");
    clinician.registerUnlessRegistered(PATIENT, "F Patient", "2019-03-04", "female");
  }

  private static String serviceRequest(String key, String patient, String test, String choices) {
    return """
        {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
         "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.1.3.2.4.18.48", "value": "%s"}],
         "subject": {"identifier": {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "%s"}},
         "code": {"coding": [{"system": "https://fhir.nhs.uk/CodeSystem/england-genomictestdirectory",
                              "code": "%s"}]},
         "reasonCode": [{"coding": [{"system": "http://human-phenotype-ontology.org",
                                     "code": "HP:0001249", "display": "Intellectual disability"}]}],
         "priority": "urgent",
         "performer": [{"display": "FHIR Test Hub"}]
         %s}
        """
        .formatted(key, patient, test, choices);
  }

  /**
   * A transaction Bundle of a female patient (the NHS number, the FHIR HumanName given as JSON and
   * the birth date) and the other resources, in order.
   */
  private static String transaction(
      String nhs, String name, String birthDate, String... resources) {
    StringBuilder entries = new StringBuilder();
    for (String resource : resources) {
      entries.append(",\n  {\"resource\": ").append(resource).append('}');
    }
    return """
        {"resourceType": "Bundle", "type": "transaction", "entry": [
          {"resource": {"resourceType": "Patient",
             "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "%s"}],
             "name": [%s], "gender": "female", "birthDate": "%s"}}%s]}
        """
        .formatted(nhs, name, birthDate, entries);
  }

  private static final String CHOICES =
      """
      , "extension": [{"url": "urn:gms:extension:research-participation", "valueBoolean": true},
                      {"url": "urn:gms:extension:recontact", "valueBoolean": false}]
      """;

  @Test
  void aServiceRequestBecomesAnOrderOnceHoweverOftenItIsSent() throws Exception {
    HttpResponse<String> first = submit("fhir-1", CHOICES);
    HttpResponse<String> again = submit("fhir-1", CHOICES);

    JsonNode order = createdOrder(first);
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode created = JSON.readTree(first.body());
    assertThat(created.get("resourceType").asString()).isEqualTo("ServiceRequest");
    assertThat(JSON.readTree(again.body()).get("id").asString())
        .isEqualTo(created.get("id").asString());
    assertThat(order.get("urgency").asString()).isEqualTo("URGENT");
    assertThat(order.get("indication").asString()).isEqualTo("R29");
    assertThat(order.get("hpoTerms").get(0).asString()).isEqualTo("HP:0001249");
    assertThat(order.get("researchParticipation").asBoolean()).isTrue();
    // urgent: 14 days, whatever the method
    assertThat(order.get("expectedBy").asString())
        .isEqualTo(
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(14).toString());
  }

  @Test
  void aTransactionBundleRegistersTheNewPatientAndOrders() throws Exception {
    String bundle =
        transaction(
            NEW_PATIENT,
            "{\"given\": [\"Ada\"], \"family\": \"Example\"}",
            "2020-01-02",
            serviceRequest("fhir-bundle-1", NEW_PATIENT, "R29.4", CHOICES),
            "{\"resourceType\": \"Specimen\", \"type\": {\"text\": \"blood\"}}");

    HttpResponse<String> response = clinician.post("/fhir", FHIR, bundle);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(response.body());
    assertThat(result.get("type").asString()).isEqualTo("transaction-response");
    assertThat(result.at("/entry/0/response/status").asString()).isIn("201 Created", "200 OK");
    assertThat(result.at("/entry/2/response/status").asString()).isEqualTo("201 Created");
    assertThat(clinician.get("/api/patients/" + NEW_PATIENT).statusCode()).isEqualTo(200);
  }

  @Test
  void aRefusedBundleStoresNothingAndResearchersCannotSendOne() throws Exception {
    String unstored = "9991000100";
    String refused =
        transaction(
            unstored,
            "{\"given\": [\"Bea\"], \"family\": \"Example\"}",
            "2021-01-02",
            serviceRequest("fhir-bundle-bad", unstored, "R9999.9", CHOICES));
    ApiClient researcher =
        ApiClient.as("fhir-researcher", Role.RESEARCHER, "Research Network", accounts, port);

    HttpResponse<String> response = clinician.post("/fhir", FHIR, refused);
    HttpResponse<String> byResearcher =
        researcher.post(
            "/fhir",
            FHIR,
            refused.replace("R9999.9", "R29.4").replace("fhir-bundle-bad", "fhir-bundle-r"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(byResearcher.statusCode()).isEqualTo(403);
    assertThat(clinician.get("/api/patients/" + unstored).statusCode()).isEqualTo(404);
  }

  @Test
  void aBundleAnswersTheSameForAKnownAndANewPatient() throws Exception {
    String name = "{\"text\": \"F Patient\"}";
    // other tests of this class order R29.4 for the same patient: this order is knowingly another
    String anyway =
        CHOICES.replace(
            "]",
            ", {\"url\": \"urn:gms:extension:order-anyway-reason\","
                + " \"valueString\": \"a second request for the same test\"}]");

    HttpResponse<String> matching =
        clinician.post(
            "/fhir",
            FHIR,
            transaction(
                PATIENT,
                name,
                "2019-03-04",
                serviceRequest("fhir-known", PATIENT, "R29.4", anyway)));
    HttpResponse<String> otherBirthDate =
        clinician.post(
            "/fhir",
            FHIR,
            transaction(
                PATIENT,
                name,
                "2018-01-01",
                serviceRequest("fhir-known-2", PATIENT, "R29.4", anyway)));

    assertThat(matching.statusCode()).as(matching.body()).isEqualTo(200);
    assertThat(JSON.readTree(matching.body()).at("/entry/0/response/status").asString())
        .isEqualTo("200 OK");
    assertThat(otherBirthDate.statusCode()).isEqualTo(400);
    assertThat(otherBirthDate.body()).doesNotContain("registered");
  }

  @Test
  void familyMembersComeAsExtensions() throws Exception {
    String relative = "9991000232";
    clinician.registerUnlessRegistered(relative, "F Mother", "1990-03-04", "female");
    String withFamily =
        CHOICES.replace(
            "]",
            """
            , {"url": "urn:gms:extension:family-member", "extension": [
                {"url": "nhsNumber", "valueString": "%s"},
                {"url": "relationship", "valueCode": "mother"}]},
              {"url": "urn:gms:extension:order-anyway-reason",
               "valueString": "trio now that the mother is available"}]
            """
                .formatted(relative));

    JsonNode order = createdOrder(submit("fhir-family", withFamily));
    assertThat(order.at("/family/0/nhsNumber").asString()).isEqualTo(relative);
    assertThat(order.at("/family/0/relationship").asString()).isEqualTo("MOTHER");
  }

  @Test
  void theEligibilityAnswerComesAsExtensions() throws Exception {
    String outside =
        CHOICES.replace(
            "]",
            """
            , {"url": "urn:gms:extension:eligibility-met", "valueBoolean": false},
              {"url": "urn:gms:extension:eligibility-note",
               "valueString": "agreed with the clinical genetics MDT"},
              {"url": "urn:gms:extension:order-anyway-reason",
               "valueString": "another request for the same test"}]
            """);
    String withoutNote =
        CHOICES.replace(
            "]", ", {\"url\": \"urn:gms:extension:eligibility-met\", \"valueBoolean\": false}]");

    HttpResponse<String> created = submit("fhir-elig", outside);
    HttpResponse<String> refused = submit("fhir-elig-2", withoutNote);

    JsonNode order = createdOrder(created);
    assertThat(order.get("eligibilityMet").asBoolean()).isFalse();
    assertThat(order.get("eligibilityNote").asString())
        .isEqualTo("agreed with the clinical genetics MDT");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("eligibilityNote is required");
  }

  @Test
  void refusalsAreOperationOutcomesNamingTheRule() throws Exception {
    HttpResponse<String> wrongTest =
        clinician.post(
            "/fhir/ServiceRequest",
            FHIR,
            serviceRequest("fhir-2", PATIENT, "R30.1", CHOICES)
                .replace(
                    "\"reasonCode\": [", "\"reasonCode\": [{\"coding\": [{\"code\": \"R29\"}]}, "));
    HttpResponse<String> noChoices = submit("fhir-3", "");

    JsonNode outcome = JSON.readTree(wrongTest.body());
    assertThat(wrongTest.statusCode()).isEqualTo(400);
    assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
    assertThat(outcome.at("/issue/0/code").asString()).isEqualTo("invalid");
    assertThat(outcome.at("/issue/0/diagnostics").asString())
        .contains("Rule 'test belongs to indication'");
    assertThat(noChoices.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noChoices.body()).at("/issue/0/diagnostics").asString())
        .contains("urn:gms:extension:research-participation");
  }

  /** The patient's R29.4 ServiceRequest with the request key and extensions given, posted. */
  private HttpResponse<String> submit(String key, String extensions) throws Exception {
    return clinician.post(
        "/fhir/ServiceRequest", FHIR, serviceRequest(key, PATIENT, "R29.4", extensions));
  }

  /** The order a ServiceRequest created (answered 201), as the order API shows it. */
  private JsonNode createdOrder(HttpResponse<String> created) throws Exception {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asString();
    return JSON.readTree(clinician.get("/api/orders/" + id).body());
  }
}
