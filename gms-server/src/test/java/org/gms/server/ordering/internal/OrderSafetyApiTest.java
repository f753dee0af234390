package org.gms.server.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The order rules that keep patients safe: one open order per patient and test unless the clinician
 * says why, laboratories from the service's list only, HPO ids that exist, consent recorded only
 * when the question was answered, and each state allowing only its actions.
 */
class OrderSafetyApiTest extends ApiTest {

  private static final String HOSPITAL = "Safety Test Hospital";
  private static final String HUB = "Safety Genomic Laboratory Hub";

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  ApiClient clinician;
  ApiClient scientist;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician = client("dr-safety", Role.CLINICIAN, HOSPITAL);
    scientist = client("lab-safety", Role.LABORATORY_SCIENTIST, HUB);
  }

  private void register(String nhs) throws Exception {
    clinician.registerUnlessRegistered(nhs, "Patient " + nhs, "2016-03-01", "female");
  }

  /** An R29.4 order for the patient; {@code extra} is added to the JSON object as it is. */
  private HttpResponse<String> order(String key, String patient, String extra) throws Exception {
    register(patient);
    return clinician.post(
        "/api/orders",
        "application/json",
        """
        {"requestKey": "%s", "patient": "%s", "indication": "R29", "test": "R29.4",
         "laboratory": "%s", "hpoTerms": ["HP:0001249"]%s}
        """
            .formatted(key, patient, HUB, extra));
  }

  @Test
  void aSecondOpenOrderForTheSameTestIsRefusedUntilTheClinicianSaysWhy() throws Exception {
    String patient = "9994100009";
    HttpResponse<String> first = order("dup-1", patient, "");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long firstId = json(first).get("id").asLong();

    HttpResponse<String> second = order("dup-2", patient, "");
    HttpResponse<String> blankReason = order("dup-3", patient, ", \"orderAnywayReason\": \" \"");
    HttpResponse<String> anyway =
        order("dup-4", patient, ", \"orderAnywayReason\": \"first sample lost in transit\"");

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body())
        .contains(
            "Rule 'one open order per test'",
            "already has an open order for R29.4",
            "order #" + firstId,
            "orderAnywayReason");
    assertThat(blankReason.statusCode()).isEqualTo(409);
    assertThat(anyway.statusCode()).as(anyway.body()).isEqualTo(201);
    assertThat(json(anyway).at("/history/0/reason").asString())
        .contains("order #" + firstId, "first sample lost in transit");
  }

  @Test
  void aCancelledOrderNoLongerCountsAsOpen() throws Exception {
    String patient = "9994100017";
    long id = json(order("cancel-1", patient, "")).get("id").asLong();
    HttpResponse<String> cancelled =
        clinician.post(
            "/api/orders/" + id + "/transitions",
            "application/json",
            "{\"to\": \"cancelled\", \"reason\": \"ordered for the wrong patient\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

    assertThat(order("cancel-2", patient, "").statusCode()).isEqualTo(201);
  }

  @Test
  void aLaboratoryOutsideTheServiceIsRefusedAndTheListOffersTheKnownOnes() throws Exception {
    register("9994100025");
    HttpResponse<String> unknown =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "lab-2", "patient": "9994100025", "indication": "R29",
             "test": "R29.4", "laboratory": "North Thames GLH", "hpoTerms": ["HP:0001249"]}
            """);
    JsonNode laboratories = json(clinician.get("/api/orders/laboratories"));

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Rule 'known laboratory'", "North Thames GLH", HUB);
    assertThat(laboratories).extracting(JsonNode::asString).contains(HUB, "Research Hub");
    HttpResponse<String> spacedCase =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "lab-3", "patient": "9994100025", "indication": "R29",
             "test": "R29.4", "laboratory": "  safety genomic  laboratory hub",
             "hpoTerms": ["HP:0001249"], "orderAnywayReason": "same hub, typed differently"}
            """);
    assertThat(spacedCase.statusCode()).as(spacedCase.body()).isEqualTo(201);
    assertThat(json(spacedCase).get("laboratory").asString()).isEqualTo(HUB);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # HPO ids on the order              | refused id named | why
          "HP:9999999"                        | HP:9999999       | never in the ontology
          "HP:0001249", "HP:9999998"          | HP:9999998       | one unknown among known ones
          """)
  void unknownHpoIdsAreRefusedNamingTheId(String terms, String named, String why) throws Exception {
    register("9994100033");
    HttpResponse<String> response =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "hpo-%s", "patient": "9994100033", "indication": "R29",
             "test": "R29.4", "laboratory": "%s", "hpoTerms": [%s]}
            """
                .formatted(named, HUB, terms));

    assertThat(response.statusCode()).as(why).isEqualTo(400);
    assertThat(response.body()).contains(named, "Human Phenotype Ontology");
    assertThat(response.body()).doesNotContain("HP:0001249 ");
  }

  @Test
  void anUnansweredChoiceRecordsNothingAndNeverOverwritesAnEarlierAnswer() throws Exception {
    String patient = "9994100041";
    register(patient);
    HttpResponse<String> given =
        clinician.post(
            "/api/patients/" + patient + "/consents",
            "application/json",
            "{\"kind\": \"research_participation\", \"decision\": \"given\"}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);

    HttpResponse<String> unanswered = order("consent-1", patient, ", \"recontact\": false");

    assertThat(unanswered.statusCode()).as(unanswered.body()).isEqualTo(201);
    assertThat(json(unanswered).get("researchParticipation").isNull()).isTrue();
    JsonNode choices = json(clinician.get("/api/patients/" + patient + "/consents"));
    assertThat(choices.at("/current/RESEARCH_PARTICIPATION/decision").asString())
        .isEqualTo("GIVEN");
    assertThat(choices.at("/current/RECONTACT/decision").asString()).isEqualTo("DECLINED");
  }

  @Test
  void aCancelledOrderAllowsNothing() throws Exception {
    long id = json(order("state-1", "9994100068", "")).get("id").asLong();
    assertThat(json(clinician.get("/api/orders/" + id)).get("actions"))
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("RECEIVE_SAMPLE", "MOVE", "CANCEL");
    clinician.post(
        "/api/orders/" + id + "/transitions",
        "application/json",
        "{\"to\": \"cancelled\", \"reason\": \"duplicate request\"}");

    HttpResponse<String> sample =
        scientist.post(
            "/api/orders/" + id + "/samples",
            "application/json",
            "{\"barcode\": \"SAFE-0001\", \"type\": \"blood\"}");
    HttpResponse<String> move =
        scientist.post(
            "/api/orders/" + id + "/transitions",
            "application/json",
            "{\"to\": \"sample_received\"}");
    JsonNode order = json(scientist.get("/api/orders/" + id));

    assertThat(sample.statusCode()).isEqualTo(409);
    assertThat(sample.body()).contains("CANCELLED is final");
    assertThat(move.statusCode()).isEqualTo(409);
    assertThat(order.get("actions")).isEmpty();
    assertThat(order.get("nextStates")).isEmpty();
    assertThat(order.get("samples")).isEmpty();
  }

  /**
   * The bundled directory (v5.1) states no eligibility criteria: the answer is optional through the
   * API and kept with the order when given; "not met" needs the reason, kept in the order's
   * history.
   */
  @Test
  void theEligibilityAnswerIsKeptAndOrderingOutsideTheCriteriaNeedsAReason() throws Exception {
    HttpResponse<String> met = order("elig-1", "9994100076", ", \"eligibilityMet\": true");
    HttpResponse<String> noReason = order("elig-2", "9994100084", ", \"eligibilityMet\": false");
    HttpResponse<String> outside =
        order(
            "elig-3",
            "9994100092",
            ", \"eligibilityMet\": false,"
                + " \"eligibilityNote\": \"agreed with the clinical genetics MDT\"");
    HttpResponse<String> unasked = order("elig-4", "9994100106", "");

    assertThat(met.statusCode()).as(met.body()).isEqualTo(201);
    assertThat(json(met).get("eligibilityMet").asBoolean()).isTrue();
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("eligibilityNote is required");
    assertThat(outside.statusCode()).as(outside.body()).isEqualTo(201);
    assertThat(json(outside).get("eligibilityMet").asBoolean()).isFalse();
    assertThat(json(outside).get("eligibilityNote").asString())
        .isEqualTo("agreed with the clinical genetics MDT");
    assertThat(json(outside).at("/history/0/reason").asString())
        .isEqualTo(
            "ordered outside the eligibility criteria: agreed with the clinical genetics MDT");
    assertThat(unasked.statusCode()).as(unasked.body()).isEqualTo(201);
    assertThat(json(unasked).get("eligibilityMet").isNull()).isTrue();
  }

  /**
   * Where a directory release states who is eligible (an "Eligibility criteria" column, imported
   * with the release), an order must answer it. v5.1 states none, so the criteria of R67 in the
   * current release are set here to a stand-in text.
   */
  @Test
  void whereTheDirectoryStatesCriteriaTheOrderMustAnswerThem() throws Exception {
    String criteria = "stand-in criteria for this test: confirmed permanent hearing loss";
    jdbc.sql(
            "UPDATE indication SET eligibility = :criteria WHERE code = 'R67' AND import_id ="
                + " (SELECT max(id) FROM directory_import WHERE kind = 'directory')")
        .param("criteria", criteria)
        .update();
    String body =
        """
        {"requestKey": "%s", "patient": "9994100114", "indication": "R67", "test": "R67.1",
         "laboratory": "%s", "hpoTerms": ["HP:0000365"]%s}
        """;
    register("9994100114");

    HttpResponse<String> unanswered =
        clinician.post("/api/orders", "application/json", body.formatted("crit-1", HUB, ""));
    HttpResponse<String> indication = clinician.get("/api/directory/indications/R67");
    HttpResponse<String> answered =
        clinician.post(
            "/api/orders",
            "application/json",
            body.formatted("crit-2", HUB, ", \"eligibilityMet\": true"));

    assertThat(unanswered.statusCode()).isEqualTo(400);
    assertThat(unanswered.body())
        .contains("Rule 'eligibility answered'", "R67", criteria, "eligibilityMet");
    assertThat(json(indication).get("eligibility").asString()).isEqualTo(criteria);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    assertThat(json(answered).get("eligibilityMet").asBoolean()).isTrue();
  }
}
