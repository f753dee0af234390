package org.gms.server.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.ApiClient;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.oncology.TumourReceptors;
import org.gms.server.oncology.TumourReceptorsRecorded;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reported breast cancer case matches a HER2-positive arm only once its HER2 status is recorded
 * as positive: the recording re-matches the stored profile and raises one alert; recording it again
 * raises nothing new.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceptorRematchTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String NHS = NhsNumber.firstValidFrom(999_260_000L).value();
  private static final String TRIAL =
      """
      {"nct_id": "NCT09999981", "short_title": "HER2-positive breast basket",
       "status": "Open to Accrual",
       "treatment_list": {"step": [{"arm": [{"arm_code": "HER2+", "arm_suspended": "N",
         "match": [{"clinical": {"oncotree_primary_diagnosis": "Breast",
                                 "her2_status": "Positive"}}]}]}]}}
      """;

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired DirectoryImports directory;
  @Autowired Patients patients;
  @Autowired TrialCases cases;
  @Autowired ApplicationEventPublisher events;

  @Test
  void recordingHer2PositiveOnAReportedCaseMatchesItAgain() throws Exception {
    directory.importBundledIfMissing();
    ApiClient admin = ApiClient.as("admin-receptor", Role.ADMINISTRATOR, "GMS", accounts, port);
    ApiClient clinician =
        ApiClient.as("dr-receptor", Role.CLINICIAN, "Receptor Hospital", accounts, port);
    HttpResponse<String> imported =
        admin.post("/api/trials/imports/ctml?file=her2.json", "application/json", TRIAL);
    assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    if (patients.find(new NhsNumber(NHS)).isEmpty()) {
      patients.register(
          new Patient(new NhsNumber(NHS), "Hera Two", LocalDate.of(1970, 1, 2), Sex.FEMALE));
    }
    HttpResponse<String> placed =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "receptor-rematch", "patient": "%s", "indication": "R29",
             "test": "R29.4", "laboratory": "North West GLH", "hpoTerms": ["HP:0001249"],
             "researchParticipation": false, "recontact": false,
             "orderAnywayReason": "test data: several orders per patient"}
            """
                .formatted(NHS));
    assertThat(placed.statusCode()).as(placed.body()).isIn(200, 201);
    long order = JSON.readTree(placed.body()).get("id").asLong();
    Instant reported = Instant.now().minusSeconds(60);
    cases.report(
        new TrialCase(
            9401,
            order,
            new NhsNumber(NHS),
            new CaseProfile("case 9401", "IDC", 56, "female", null, null, List.of()),
            reported));
    assertThat(arms(clinician)).doesNotContain("NCT09999981/HER2+");

    events.publishEvent(
        new TumourReceptorsRecorded(
            9401, new TumourReceptors("positive", "", "positive"), Instant.now()));
    assertThat(arms(clinician)).contains("NCT09999981/HER2+");
    JsonNode alerts = JSON.readTree(clinician.get("/api/trials/alerts").body());
    long raised = 0;
    for (JsonNode a : alerts) {
      if (a.get("trialId").asString().equals("NCT09999981") && a.get("caseId").asLong() == 9401) {
        raised++;
        assertThat(a.toString()).contains("HER2 positive (pathology) meets HER2 positive");
      }
    }
    assertThat(raised).isEqualTo(1);

    events.publishEvent(
        new TumourReceptorsRecorded(
            9401, new TumourReceptors("positive", "", "positive"), Instant.now()));
    assertThat(JSON.readTree(clinician.get("/api/trials/alerts").body()).size())
        .isEqualTo(alerts.size());
    // a case never reported is left to its report
    events.publishEvent(
        new TumourReceptorsRecorded(9499, new TumourReceptors("", "", "positive"), Instant.now()));
  }

  private List<String> arms(ApiClient clinician) throws Exception {
    JsonNode matches = JSON.readTree(clinician.get("/api/trials/cases/9401/matches").body());
    List<String> out = new java.util.ArrayList<>();
    matches.forEach(m -> out.add(m.get("trialId").asString() + "/" + m.get("arm").asString()));
    return out;
  }
}
