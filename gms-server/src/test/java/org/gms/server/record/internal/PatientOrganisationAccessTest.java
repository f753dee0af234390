package org.gms.server.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditEvent;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The organisation rule of docs/security.md over real HTTP, on the embedded PostgreSQL: a user sees
 * and changes a patient only when their organisation registered the patient or has a test order for
 * them. Any other patient is answered 404 in the words of an unregistered NHS number (so the answer
 * does not tell whether the number is registered), and the refusal is audited.
 */
class PatientOrganisationAccessTest extends ApiTest {

  /** Trust A's patient and their relative; Trust B's patient; a number nobody registered. */
  private static final String PATIENT = "9995200007";

  private static final String RELATIVE = "9995200015";
  private static final String OTHERS = "9995200023";
  private static final String ORDERED = "9995200031";
  private static final String UNREGISTERED = "9995200058";
  private static final String HUB_A = "Access Hub A";

  @Autowired AuditLog audit;

  ApiClient clinicianA;
  ApiClient scientistA;
  ApiClient clinicianB;
  ApiClient scientistB;

  @BeforeEach
  void setUp() throws Exception {
    clinicianA = ApiClient.as("dr-access-a", Role.CLINICIAN, "Access Trust A", accounts, port);
    scientistA = ApiClient.as("lab-access-a", Role.LABORATORY_SCIENTIST, HUB_A, accounts, port);
    clinicianB = ApiClient.as("dr-access-b", Role.CLINICIAN, "Access Trust B", accounts, port);
    scientistB =
        ApiClient.as("lab-access-b", Role.LABORATORY_SCIENTIST, "Access Hub B", accounts, port);
    register(clinicianA, PATIENT, "female");
    register(clinicianA, RELATIVE, "female");
    register(clinicianA, ORDERED, "male");
    register(clinicianB, OTHERS, "male");
  }

  @Test
  void anotherOrganisationsUsersGetTheAnswerOfAnUnregisteredPatientOnEveryOperation()
      throws Exception {
    HttpResponse<String> given = consent(clinicianA, PATIENT, "given");
    assertThat(given.statusCode()).as(given.body()).isIn(201, 409);

    for (ApiClient outsider : List.of(clinicianB, scientistB)) {
      for (String path :
          List.of("/record", "/record/fhir", "", "/relatives", "/consents", "/pgx", "/pgx/fhir")) {
        assertAnsweredAsUnregistered(outsider.get("/api/patients/" + PATIENT + path), path);
      }
      assertThat(nhsNumbers(outsider.get("/api/patients?limit=1000")))
          .doesNotContain(PATIENT, RELATIVE, ORDERED);
    }
    assertAnsweredAsUnregistered(
        clinicianB.get("/api/patients/" + PATIENT + "/record", "application/fhir+json"),
        "/record as FHIR");
    assertThat(nhsNumbers(clinicianB.get("/api/patients"))).contains(OTHERS);

    // changes: consent withdrawal, relative links either way, a PGx result
    assertAnsweredAsUnregistered(consent(clinicianB, PATIENT, "withdrawn"), "withdrawal");
    assertAnsweredAsUnregistered(
        link(clinicianB, PATIENT, RELATIVE, "mother"), "linking two of A's patients");
    assertAnsweredAsUnregistered(
        link(clinicianB, OTHERS, PATIENT, "sibling"), "linking A's patient to B's");
    assertAnsweredAsUnregistered(
        scientistB.post("/api/patients/" + PATIENT + "/pgx", "application/gzip", example2()),
        "PGx result");

    // nothing changed for Trust A
    JsonNode choices = json(clinicianA.get("/api/patients/" + PATIENT + "/consents"));
    assertThat(choices.at("/current/RESEARCH_PARTICIPATION/decision").asString())
        .isEqualTo("GIVEN");
    assertThat(json(clinicianA.get("/api/patients/" + PATIENT + "/relatives")).valueStream())
        .noneMatch(r -> r.get("nhsNumber").asString().equals(OTHERS));
    assertThat(json(clinicianB.get("/api/patients/" + OTHERS + "/relatives")).size()).isZero();

    audit.flush();
    List<AuditEvent> refused =
        audit.recent(2000).stream()
            .filter(e -> e.action().equals("refused") && e.entityId().equals(PATIENT))
            .toList();
    assertThat(refused)
        .extracting(AuditEvent::actor)
        .contains("dr-access-b", "lab-access-b")
        .doesNotContain("dr-access-a");
    assertThat(refused).allMatch(e -> e.detail().contains("no relationship with Access"));
  }

  @Test
  void theRegisteringOrganisationReadsAndChangesItsPatients() throws Exception {
    HttpResponse<String> record = clinicianA.get("/api/patients/" + PATIENT + "/record");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    assertThat(json(record).at("/patient/nhsNumber").asString()).isEqualTo(PATIENT);
    assertThat(clinicianA.get("/api/patients/" + PATIENT + "/record/fhir").statusCode())
        .isEqualTo(200);
    assertThat(nhsNumbers(clinicianA.get("/api/patients")))
        .contains(PATIENT, RELATIVE, ORDERED)
        .doesNotContain(OTHERS);

    assertThat(consent(clinicianA, RELATIVE, "given").statusCode()).isEqualTo(201);
    HttpResponse<String> withdrawn = consent(clinicianA, RELATIVE, "withdrawn");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(201);
    HttpResponse<String> linked = link(clinicianA, PATIENT, RELATIVE, "mother");
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
    assertThat(json(linked).valueStream().map(r -> r.get("nhsNumber").asString()))
        .contains(RELATIVE);
  }

  @Test
  void aTestOrderOpensThePatientToTheTestingLaboratoryAndNoOtherOrganisation() throws Exception {
    directory.importBundledIfMissing();
    HttpResponse<String> ordered =
        orderR29(clinicianA, "access-order-1", ORDERED, HUB_A, "HP:0001249", true);
    assertThat(ordered.statusCode()).as(ordered.body()).isIn(200, 201);

    HttpResponse<String> record = scientistA.get("/api/patients/" + ORDERED + "/record");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    assertThat(nhsNumbers(scientistA.get("/api/patients")))
        .contains(ORDERED)
        .doesNotContain(PATIENT, OTHERS);
    HttpResponse<String> pgx =
        scientistA.post("/api/patients/" + ORDERED + "/pgx", "application/gzip", example2());
    assertThat(pgx.statusCode()).as(pgx.body()).isEqualTo(201);
    // the laboratory's order does not open Trust A's other patients to it
    assertAnsweredAsUnregistered(scientistA.get("/api/patients/" + PATIENT + "/record"), "A");
    // nor the patient to another trust or laboratory
    assertAnsweredAsUnregistered(clinicianB.get("/api/patients/" + ORDERED + "/record"), "B");
    assertAnsweredAsUnregistered(scientistB.get("/api/patients/" + ORDERED + "/pgx"), "B's lab");
  }

  /**
   * The answer is 404 with the detail an unregistered NHS number gets, word for word but the
   * number.
   */
  private void assertAnsweredAsUnregistered(HttpResponse<String> response, String what) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    String detail = json(response).get("detail").asString();
    String unregistered = null;
    try {
      unregistered =
          json(clinicianA.get("/api/patients/" + UNREGISTERED + "/record"))
              .get("detail")
              .asString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(
            detail
                .replace(formatted(PATIENT), formatted(UNREGISTERED))
                .replace(formatted(ORDERED), formatted(UNREGISTERED)))
        .as(what)
        .isEqualTo(unregistered);
  }

  private static String formatted(String nhs) {
    return new NhsNumber(nhs).formatted();
  }

  private static void register(ApiClient clinician, String nhs, String sex) throws Exception {
    clinician.registerUnlessRegistered(nhs, "Access " + nhs, "1984-04-04", sex);
  }

  private static HttpResponse<String> consent(ApiClient client, String nhs, String decision)
      throws Exception {
    return client.post(
        "/api/patients/" + nhs + "/consents",
        "application/json",
        "{\"kind\": \"research_participation\", \"decision\": \"%s\"}".formatted(decision));
  }

  private static HttpResponse<String> link(
      ApiClient client, String nhs, String relative, String relationship) throws Exception {
    return client.post(
        "/api/patients/" + nhs + "/relatives",
        "application/json",
        "{\"nhsNumber\": \"%s\", \"relationship\": \"%s\"}".formatted(relative, relationship));
  }

  private static List<String> nhsNumbers(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return json(list).valueStream().map(p -> p.get("nhsNumber").asString()).toList();
  }

  private static byte[] example2() throws Exception {
    try (InputStream in =
        PatientOrganisationAccessTest.class.getResourceAsStream(
            "/org/gms/server/analysis/demo/pharmcat.example2.vcf.gz")) {
      return in.readAllBytes();
    }
  }
}
