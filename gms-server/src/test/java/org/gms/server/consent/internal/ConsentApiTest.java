package org.gms.server.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/** Patient choice over HTTP and through the public API, on the embedded PostgreSQL. */
class ConsentApiTest extends ApiTest {

  private static final String PATIENT = "9991000135";

  @Autowired Patients patients;
  @Autowired PatientAccess access;
  @Autowired Consents consents;
  @Autowired JdbcClient jdbc;

  ApiClient clinician;
  ApiClient scientist;

  @BeforeEach
  void setUp() throws Exception {
    clinician = client("dr-consent", Role.CLINICIAN, "Consent Hospital");
    scientist = client("lab-consent", Role.LABORATORY_SCIENTIST, "Consent Hub");
    register(PATIENT);
  }

  @Test
  void aDecisionIsRecordedThenWithdrawnAndTheHistoryKeepsBoth() throws Exception {
    HttpResponse<String> given = decide(clinician, PATIENT, "research_participation", "given");
    HttpResponse<String> withdrawn =
        decide(clinician, PATIENT, "research_participation", "withdrawn");

    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(201);
    JsonNode choices =
        JSON.readTree(scientist.get("/api/patients/" + PATIENT + "/consents").body());
    assertThat(choices.at("/current/RESEARCH_PARTICIPATION/decision").asString())
        .isEqualTo("WITHDRAWN");
    assertThat(choices.get("history").valueStream().map(h -> h.get("decision").asString()))
        .endsWith("GIVEN", "WITHDRAWN");
    assertThat(choices.at("/history/0/recordedBy").asString()).isEqualTo("dr-consent");
  }

  @Test
  void onlyWhatWasGivenCanBeWithdrawnAndOnlyCliniciansRecord() throws Exception {
    String fresh = "9991000143";
    register(fresh);

    HttpResponse<String> nothing = decide(clinician, fresh, "recontact", "withdrawn");
    HttpResponse<String> byScientist = decide(scientist, fresh, "recontact", "given");
    HttpResponse<String> badKind = decide(clinician, fresh, "marketing", "given");

    assertThat(nothing.statusCode()).isEqualTo(409);
    assertThat(nothing.body()).contains("Nothing to withdraw", "not recorded");
    assertThat(byScientist.statusCode()).isEqualTo(403);
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("research_participation", "recontact");
  }

  @Test
  void recordedDecisionsCannotBeChanged() throws Exception {
    decide(clinician, PATIENT, "recontact", "given");

    assertThatThrownBy(() -> jdbc.sql("UPDATE consent_record SET decision = 'DECLINED'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM consent_record").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void thePatientsChoicesOnATestOrderJoinTheirHistory() throws Exception {
    directory.importBundledIfMissing();
    String patient = "9991000151";
    register(patient);

    HttpResponse<String> order =
        orderR29(clinician, "consent-order-1", patient, "Consent Hub", "HP:0001249", true);

    assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
    long id = JSON.readTree(order.body()).get("id").asLong();
    JsonNode choices =
        JSON.readTree(clinician.get("/api/patients/" + patient + "/consents").body());
    assertThat(choices.at("/current/RESEARCH_PARTICIPATION/decision").asString())
        .isEqualTo("GIVEN");
    assertThat(choices.at("/current/RECONTACT/decision").asString()).isEqualTo("DECLINED");
    assertThat(choices.at("/current/RECONTACT/source").asString()).isEqualTo("test order " + id);
  }

  /**
   * Random sequences of decisions for five patients, checked after every step against a model:
   * research participants are exactly those whose latest research decision is GIVEN, at once.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void researchParticipantsAreAlwaysThoseWhoseLatestDecisionIsGiven(long seed) {
    List<NhsNumber> people =
        List.of("9991000178", "9991000186", "9991000194", "9991000208", "9991000216").stream()
            .map(NhsNumber::new)
            .toList();
    people.forEach(p -> register(p.value()));
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken("dr-consent", "n/a", List.of()));
    try {
      Map<NhsNumber, Decision> model = new HashMap<>();
      consents.researchParticipants().stream()
          .filter(people::contains)
          .forEach(p -> model.put(p, Decision.GIVEN));
      Random random = new Random(seed);
      for (int step = 0; step < 25; step++) {
        NhsNumber person = people.get(random.nextInt(people.size()));
        Decision decision = Decision.values()[random.nextInt(Decision.values().length)];
        boolean withdrawable = model.get(person) == Decision.GIVEN;
        if (decision == Decision.WITHDRAWN && !withdrawable) {
          assertThatThrownBy(
                  () ->
                      consents.record(
                          person, ConsentKind.RESEARCH_PARTICIPATION, decision, "test", ""))
              .hasMessageContaining("Nothing to withdraw");
        } else {
          consents.record(person, ConsentKind.RESEARCH_PARTICIPATION, decision, "test", "");
          model.put(person, decision);
        }
        Set<NhsNumber> expected =
            model.entrySet().stream()
                .filter(e -> e.getValue() == Decision.GIVEN)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(consents.researchParticipants().stream().filter(people::contains))
            .as("seed %d step %d", seed, step)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private HttpResponse<String> decide(ApiClient client, String nhs, String kind, String decision)
      throws Exception {
    return client.post(
        "/api/patients/" + nhs + "/consents",
        "application/json",
        "{\"kind\": \"%s\", \"decision\": \"%s\"}".formatted(kind, decision));
  }

  /** Registers the patient (as the platform) in the care of the test's hospital and hub. */
  private void register(String nhs) {
    if (patients.find(new NhsNumber(nhs)).isEmpty()) {
      patients.register(
          new Patient(new NhsNumber(nhs), "Consent " + nhs, LocalDate.of(1990, 1, 1), Sex.UNKNOWN));
    }
    access.recordCare(new NhsNumber(nhs), "Consent Hospital", "test");
    access.recordCare(new NhsNumber(nhs), "Consent Hub", "test");
  }
}
