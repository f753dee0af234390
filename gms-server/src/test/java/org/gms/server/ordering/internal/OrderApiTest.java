package org.gms.server.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Ordering over real HTTP on the embedded PostgreSQL with the bundled test directory (v5.1): R29.4
 * is the whole-genome test of R29, intellectual disability.
 */
class OrderApiTest extends ApiTest {

  private static final String PROBAND = "9991000003";
  private static final String MOTHER = "9991000011";
  private static final String FATHER = "9991000038";
  private static final String HOSPITAL = "Royal Test Hospital";
  private static final String HUB = "Test Genomic Laboratory Hub";

  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  ApiClient clinician;
  ApiClient otherClinician;
  ApiClient scientist;
  ApiClient otherScientist;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician = client("dr-order", Role.CLINICIAN, HOSPITAL);
    otherClinician = client("dr-elsewhere", Role.CLINICIAN, "Another Hospital");
    scientist = client("lab-order", Role.LABORATORY_SCIENTIST, HUB);
    otherScientist = client("lab-elsewhere", Role.LABORATORY_SCIENTIST, "Another Hub");
    for (String nhs : List.of(PROBAND, MOTHER, FATHER)) {
      clinician.registerUnlessRegistered(nhs, "Patient " + nhs, "2015-05-01", "unknown");
    }
  }

  private static String trioOrder(String key) {
    return """
        {"requestKey": "%s", "patient": "%s", "indication": "R29", "test": "R29.4",
         "laboratory": "%s", "urgency": "routine", "hpoTerms": ["HP:0001249", "HP:0001263"],
         "family": [{"nhsNumber": "%s", "relationship": "mother"},
                    {"nhsNumber": "%s", "relationship": "father"}],
         "researchParticipation": true, "recontact": false,
         "orderAnywayReason": "each test here orders for the same trio"}
        """
        .formatted(key, PROBAND, HUB, MOTHER, FATHER);
  }

  @Test
  void aValidTrioOrderIsStoredWithItsExpectedDateAndHistory() throws Exception {
    HttpResponse<String> response = submit("trio-1");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode order = json(response);
    assertThat(order.get("state").asString()).isEqualTo("REQUESTED");
    assertThat(order.get("nextStates").valueStream().map(JsonNode::asString))
        .containsExactly("SAMPLE_RECEIVED", "CANCELLED");
    assertThat(order.get("testMethod").asString()).isEqualTo("WGS");
    assertThat(order.get("family").size()).isEqualTo(2);
    // WGS: 84 calendar days (hub target), counted from today in the service's time zone
    assertThat(order.get("expectedBy").asString())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusDays(84).toString());
    assertThat(order.get("overdue").asBoolean()).isFalse();
    assertThat(order.at("/history/0/to").asString()).isEqualTo("REQUESTED");
    assertThat(order.at("/history/0/by").asString()).isEqualTo("dr-order");
  }

  @Test
  void theOrdersFamilyIsLinkedOnThePatientRecordBothWays() throws Exception {
    assertThat(submit("links-1").statusCode()).isIn(200, 201);

    JsonNode ofChild = json(clinician.get("/api/patients/" + PROBAND + "/relatives"));
    JsonNode ofMother = json(clinician.get("/api/patients/" + MOTHER + "/relatives"));

    assertThat(
            ofChild
                .valueStream()
                .map(r -> r.get("nhsNumber").asString() + " " + r.get("relationship").asString()))
        .contains(MOTHER + " MOTHER", FATHER + " FATHER");
    assertThat(
            ofMother
                .valueStream()
                .map(r -> r.get("nhsNumber").asString() + " " + r.get("relationship").asString()))
        .contains(PROBAND + " CHILD");
    HttpResponse<String> self =
        clinician.post(
            "/api/patients/" + PROBAND + "/relatives",
            "application/json",
            "{\"nhsNumber\": \"%s\", \"relationship\": \"sibling\"}".formatted(PROBAND));
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.body()).contains("own relative");
  }

  @Test
  void resubmittingTheSameRequestNeverCreatesASecondOrder() throws Exception {
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> submit("same-key"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Long> ids = new ArrayList<>();
    int created = 0;
    try {
      for (Future<HttpResponse<String>> future : pool.invokeAll(calls)) {
        HttpResponse<String> response = future.get();
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        created += response.statusCode() == 201 ? 1 : 0;
        ids.add(json(response).get("id").asLong());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(created).isEqualTo(1);
    assertThat(ids).containsOnly(ids.get(0));
    assertThat(
            jdbc.sql("SELECT count(*) FROM test_order WHERE request_key = 'same-key'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void eachRefusalNamesTheRuleThatFailed() throws Exception {
    assertRefused(
        trioOrder("r1").replace("\"R29.4\"", "\"R30.1\""),
        400,
        "Rule 'test belongs to indication'");
    assertRefused(
        trioOrder("r2").replace("\"R29\"", "\"R9999\""), 400, "Rule 'indication in directory'");
    assertRefused(
        trioOrder("r3").replace("[\"HP:0001249\", \"HP:0001263\"]", "[]"),
        400,
        "Rule 'phenotype for exome and genome tests'");
    assertRefused(
        trioOrder("r4").replace(MOTHER, "9991000046"), 404, "Rule 'registered family member'");
    assertRefused(trioOrder("r5").replace(PROBAND, "9991000004"), 400, "check digit");
    HttpResponse<String> byScientist =
        scientist.post("/api/orders", "application/json", trioOrder("r7"));
    assertThat(byScientist.statusCode()).isEqualTo(403);
    // refused by role before the order is read (docs/security.md)
    assertThat(byScientist.body()).contains("does not allow POST /api/orders");
  }

  @Test
  void theOrderFormFindsHpoTermsByWords() throws Exception {
    JsonNode terms = json(clinician.get("/api/hpo/terms?q=intellectual%20disability&limit=5"));

    assertThat(terms.get(0).get("id").asString()).isEqualTo("HP:0001249");
    assertThat(terms.get(0).get("name").asString()).isEqualTo("Intellectual disability");
  }

  private void assertRefused(String body, int status, String message) throws Exception {
    HttpResponse<String> response = clinician.post("/api/orders", "application/json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(message);
  }

  @Test
  void theLaboratoryReceivesASampleAndMovesTheOrderAlongItsPath() throws Exception {
    long id = json(submit("path-1")).get("id").asLong();

    HttpResponse<String> received = receive(id, "GLH-000123", "blood");
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    assertThat(json(received).get("state").asString()).isEqualTo("SAMPLE_RECEIVED");

    assertThat(move(scientist, id, "SEQUENCING", null).statusCode()).isEqualTo(200);
    HttpResponse<String> illegal = move(scientist, id, "REPORTED", null);
    assertThat(illegal.statusCode()).isEqualTo(409);
    assertThat(illegal.body()).contains("SEQUENCING", "cannot move to REPORTED", "ANALYSIS");
    HttpResponse<String> noReason = move(scientist, id, "FAILED", " ");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("needs a reason");
    assertThat(move(scientist, id, "RESAMPLE_REQUESTED", "haemolysed").statusCode()).isEqualTo(200);
    HttpResponse<String> again = receive(id, "GLH-000124", "saliva");
    JsonNode order = json(again);
    assertThat(order.get("state").asString()).isEqualTo("SAMPLE_RECEIVED");
    assertThat(order.get("samples").size()).isEqualTo(2);
    assertThat(order.get("history"))
        .extracting(h -> h.get("to").asString())
        .containsExactly(
            "REQUESTED", "SAMPLE_RECEIVED", "SEQUENCING", "RESAMPLE_REQUESTED", "SAMPLE_RECEIVED");
    assertThat(order.at("/history/3/reason").asString()).isEqualTo("haemolysed");
    assertThat(order.at("/history/3/by").asString()).isEqualTo("lab-order");

    HttpResponse<String> sameTube = receive(id, "GLH-000124", "saliva");
    assertThat(sameTube.statusCode()).isEqualTo(409);
  }

  @Test
  void clinicianSeeTheirOrganisationsOrdersAndLaboratoriesTheirQueue() throws Exception {
    long id = json(submit("vis-1")).get("id").asLong();

    assertThat(clinician.get("/api/orders/" + id).statusCode()).isEqualTo(200);
    assertThat(scientist.get("/api/orders/" + id).statusCode()).isEqualTo(200);
    assertThat(otherClinician.get("/api/orders/" + id).statusCode()).isEqualTo(404);
    assertThat(otherScientist.get("/api/orders/" + id).statusCode()).isEqualTo(404);
    assertThat(json(scientist.get("/api/orders?state=requested")))
        .extracting(o -> o.get("id").asLong())
        .contains(id);
    assertThat(json(otherScientist.get("/api/orders")))
        .extracting(o -> o.get("id").asLong())
        .doesNotContain(id);
    assertThat(move(otherScientist, id, "CANCELLED", "not ours").statusCode()).isEqualTo(404);
    assertThat(move(clinician, id, "CANCELLED", "patient declined").statusCode()).isEqualTo(200);
    audit.flush();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'test_order'"
                        + " AND entity_id = :id")
                .param("id", Long.toString(id))
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }

  /** The trio order with the request key, submitted by the clinician. */
  private HttpResponse<String> submit(String key) throws Exception {
    return clinician.post("/api/orders", "application/json", trioOrder(key));
  }

  /** The order's sample with the barcode and type, received by the scientist. */
  private HttpResponse<String> receive(long id, String barcode, String type) throws Exception {
    return scientist.post(
        "/api/orders/" + id + "/samples",
        "application/json",
        "{\"barcode\": \"%s\", \"type\": \"%s\"}".formatted(barcode, type));
  }

  private HttpResponse<String> move(ApiClient client, long id, String to, String reason)
      throws Exception {
    String body =
        reason == null
            ? "{\"to\": \"" + to + "\"}"
            : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
    return client.post("/api/orders/" + id + "/transitions", "application/json", body);
  }
}
