package org.gms.server.decisionsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.analysis.DemoPatients;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.record.Patients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The CDS Hooks services over real HTTP with the demo patients: the reference tool's example VCFs,
 * one CYP2C19 *2/*2 Poor Metabolizer (example 2), one *38/*38 Normal Metabolizer (example 1). The
 * expected recommendation is CPIC's for clopidogrel and CYP2C19 poor metabolizers (CPIC 2022
 * guideline, as annotated by ClinPGx).
 */
class CdsHooksTest extends ApiTest {

  private static final String POOR = "9990000018";
  private static final String NORMAL = "9990000026";
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final String SNOMED = "http://snomed.info/sct";
  private static final String SIGN = "/cds-services/gms-pgx-order-sign";
  private static final String SELECT = "/cds-services/gms-pgx-order-select";

  @Autowired Patients patients;
  @Autowired PharmacogenomicUploads uploads;

  ApiClient clinician;

  @BeforeEach
  void demoPatients() {
    DemoPatients.loadIfMissing(patients, uploads);
    clinician = ApiClient.as(Role.CLINICIAN, accounts, port);
  }

  @Test
  void discoveryListsBothHooksWithTheirPrefetch() throws Exception {
    JsonNode discovery = json(ApiClient.anonymous(port).get("/cds-services"));
    List<String> hooks = new ArrayList<>();
    for (JsonNode service : discovery.get("services")) {
      hooks.add(service.get("hook").asString() + " " + service.get("id").asString());
      assertThat(service.at("/prefetch/patient").asString())
          .isEqualTo("Patient/{{context.patientId}}");
      assertThat(service.get("description").asString()).isNotBlank();
    }
    assertThat(hooks)
        .containsExactlyInAnyOrder(
            "order-select gms-pgx-order-select", "order-sign gms-pgx-order-sign");
  }

  @Test
  void clopidogrelForAPoorMetabolizerGivesTheCpicRecommendation() throws Exception {
    JsonNode cards =
        cards(
            SIGN, request("order-sign", POOR, order("rx1", RXNORM, "32968", "clopidogrel"), null));
    JsonNode cpic = cardFrom(cards, "CPIC");
    assertThat(cpic.get("summary").asString())
        .isEqualTo(
            "Clopidogrel: CYP2C19 Poor Metabolizer. CPIC (Strong, CVI ACS PCI): consider another"
                + " drug.")
        .hasSizeLessThanOrEqualTo(140);
    assertThat(cpic.get("indicator").asString()).isEqualTo("critical");
    assertThat(cpic.get("detail").asString())
        .contains("Avoid clopidogrel if possible. Use prasugrel or ticagrelor at standard dose")
        .contains("CYP2C19: *2/*2, Poor Metabolizer");
    assertThat(cpic.at("/source/url").asString())
        .isEqualTo("https://www.pharmgkb.org/guidelineAnnotation/PA166104948");
    assertThat(cpic.get("selectionBehavior").asString()).isEqualTo("at-most-one");
    JsonNode action = cpic.at("/suggestions/0/actions/0");
    assertThat(action.get("type").asString()).isEqualTo("delete");
    assertThat(action.get("resourceId").asString()).isEqualTo("MedicationRequest/rx1");
  }

  @Test
  void aDmdCodedOrderIsMatchedByItsName() throws Exception {
    // dm+d VMP "Clopidogrel 75mg tablets"; the service has no dm+d table and reads the name.
    JsonNode cards =
        cards(
            SIGN,
            request(
                "order-sign",
                POOR,
                order("rx2", SNOMED, "317935006", "Clopidogrel 75mg tablets"),
                null));
    assertThat(cardFrom(cards, "CPIC").get("summary").asString()).startsWith("Clopidogrel:");
  }

  @Test
  void aNormalMetabolizerGetsNoCard() throws Exception {
    assertThat(
            cards(
                SIGN,
                request("order-sign", NORMAL, order("rx3", RXNORM, "32968", "clopidogrel"), null)))
        .isEmpty();
  }

  @Test
  void aDrugNoGuidelineNamesGetsNoCard() throws Exception {
    // RxNorm 161: acetaminophen (paracetamol); no CPIC or DPWG guideline.
    assertThat(
            cards(
                SIGN,
                request("order-sign", POOR, order("rx4", RXNORM, "161", "acetaminophen"), null)))
        .isEmpty();
  }

  @Test
  void anUnknownPatientGetsNoCard() throws Exception {
    assertThat(
            cards(
                SIGN,
                request(
                    "order-sign",
                    "9434765919",
                    order("rx5", RXNORM, "32968", "clopidogrel"),
                    null)))
        .isEmpty();
  }

  @Test
  void thePatientMayComeFromThePrefetchedPatientResource() throws Exception {
    String prefetch =
        """
        "prefetch": {"patient": {"resourceType": "Patient", "id": "ehr-42",
          "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "%s"}]}},
        """
            .formatted(POOR);
    String body =
        request("order-sign", "ehr-42", order("rx6", RXNORM, "32968", "clopidogrel"), null)
            .replaceFirst("\\{", "{" + prefetch);
    assertThat(cardFrom(cards(SIGN, body), "CPIC").get("summary").asString())
        .startsWith("Clopidogrel:");
  }

  @Test
  void orderSelectChecksOnlyTheSelectedOrders() throws Exception {
    String orders =
        order("a", RXNORM, "161", "acetaminophen")
            + ","
            + order("b", RXNORM, "32968", "clopidogrel");
    assertThat(cards(SELECT, request("order-select", POOR, orders, "MedicationRequest/a")))
        .isEmpty();
    assertThat(cards(SELECT, request("order-select", POOR, orders, "MedicationRequest/b")))
        .isNotEmpty();
  }

  @Test
  void malformedRequestsAreProblem400s() throws Exception {
    HttpResponse<String> notJson = clinician.post(SIGN, "application/json", "{not json");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.headers().firstValue("Content-Type")).contains("application/problem+json");

    HttpResponse<String> wrongHook =
        clinician.post(SIGN, "application/json", request("order-select", POOR, "", "x"));
    assertThat(wrongHook.statusCode()).isEqualTo(400);
    assertThat(json(wrongHook).get("detail").asString()).contains("answers the 'order-sign' hook");

    HttpResponse<String> noDraftOrders =
        clinician.post(
            SIGN,
            "application/json",
            """
            {"hook": "order-sign", "hookInstance": "h1", "context": {"userId": "Practitioner/1",
             "patientId": "9990000018"}}
            """);
    assertThat(noDraftOrders.statusCode()).isEqualTo(400);
    assertThat(json(noDraftOrders).get("detail").asString()).contains("context.draftOrders");
  }

  @Test
  void hooksNeedAClinicianToken() throws Exception {
    String body = request("order-sign", POOR, order("rx7", RXNORM, "32968", "clopidogrel"), null);
    assertThat(ApiClient.anonymous(port).post(SIGN, "application/json", body).statusCode())
        .isEqualTo(401);
    assertThat(
            ApiClient.as(Role.RESEARCHER, accounts, port)
                .post(SIGN, "application/json", body)
                .statusCode())
        .isEqualTo(403);
  }

  private JsonNode cards(String path, String body) throws Exception {
    HttpResponse<String> response = clinician.post(path, "application/json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).get("cards");
  }

  private static JsonNode cardFrom(JsonNode cards, String source) {
    for (JsonNode card : cards) {
      if (card.at("/source/label").asString().startsWith(source)) {
        return card;
      }
    }
    throw new AssertionError("no " + source + " card in " + cards);
  }

  private static String order(String id, String system, String code, String display) {
    return """
        {"resource": {"resourceType": "MedicationRequest", "id": "%s", "status": "draft",
          "intent": "order", "subject": {"reference": "Patient/x"},
          "medicationCodeableConcept": {"coding": [{"system": "%s", "code": "%s",
            "display": "%s"}]}}}
        """
        .formatted(id, system, code, display);
  }

  private static String request(String hook, String patientId, String entries, String selected) {
    return """
        {"hook": "%s", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
         "context": {"userId": "Practitioner/example", "patientId": "%s",%s
           "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [%s]}}}
        """
        .formatted(
            hook,
            patientId,
            selected == null ? "" : " \"selections\": [\"" + selected + "\"],",
            entries);
  }
}
