package org.gms.server.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.cancer.trial.Alteration;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.gms.server.trials.CaseMatch;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The trials feature over HTTP with the bundled real trials: a reported case's matches with their
 * reasons, alerts for the treating team when a case is reported and when a trial opens, import
 * errors, roles, and horizon counts with consent and small-number suppression.
 */
class TrialsApiTest extends ApiTest {

  private static final String HOSPITAL = "Trials Test Hospital";
  private static final String HUB = "Trials Test Hub";
  private static final String MOTHER = nhs(0);
  private static final String FATHER = nhs(2);

  /** Made-up NHS numbers of this test (999 range, modulus 11 valid). */
  static String nhs(int n) {
    return NhsNumber.firstValidFrom(999_210_000L + 2L * n).value();
  }

  @Autowired TrialCases cases;

  ApiClient clinician;
  ApiClient otherClinician;
  ApiClient scientist;
  ApiClient researcher;
  ApiClient admin;
  ApiClient manager;
  TrioOrders orders;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician = ApiClient.as("dr-trials", Role.CLINICIAN, HOSPITAL, accounts, port);
    otherClinician = ApiClient.as("dr-elsewhere", Role.CLINICIAN, "Elsewhere", accounts, port);
    scientist = ApiClient.as("lab-trials", Role.LABORATORY_SCIENTIST, HUB, accounts, port);
    researcher = ApiClient.as("res-trials", Role.RESEARCHER, "University", accounts, port);
    admin = ApiClient.as("admin-trials", Role.ADMINISTRATOR, "NHS England", accounts, port);
    manager = ApiClient.as("mgr-trials", Role.SERVICE_MANAGER, "NHS England", accounts, port);
    orders = TrioOrders.between(clinician, scientist, HUB).parents(MOTHER, FATHER);
    orders.register(MOTHER, "female").register(FATHER, "male");
  }

  private long orderFor(String nhs) throws Exception {
    orders.register(nhs, "female");
    return orders.sequencedOrder(
        "trials-" + nhs + "-" + System.nanoTime(),
        nhs,
        "\"HP:0001250\"",
        "BC-" + nhs + "-" + System.nanoTime());
  }

  private List<CaseMatch> report(
      long caseId, String nhs, long order, String oncotree, List<Alteration> alterations) {
    return cases.report(
        new TrialCase(
            caseId,
            order,
            new NhsNumber(nhs),
            new CaseProfile("case " + caseId, oncotree, 45, "female", 4.0, false, alterations),
            Instant.now()));
  }

  @Test
  void theBundledTrialsAreListedWithTheirArmsAndCriteria() throws Exception {
    JsonNode list = json(clinician.get("/api/trials"));
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asString()));
    assertThat(ids).contains("NCT03297606", "NCT02503722", "NCT04497116");
    JsonNode captur = json(clinician.get("/api/trials/NCT03297606"));
    assertThat(captur.get("trial").get("arms").asInt()).isEqualTo(13);
    assertThat(captur.get("link").asString())
        .isEqualTo("https://clinicaltrials.gov/study/NCT03297606");
    JsonNode arms = json(clinician.get("/api/trials/NCT03297606/arms"));
    assertThat(arms.get(2).get("code").asString()).isEqualTo("Group 3");
    assertThat(arms.get(2).get("criteria").asString())
        .contains("ALK fusion", "not Non-Small Cell Lung Cancer");
    assertThat(clinician.get("/api/trials/NCT00000000").statusCode()).isEqualTo(404);
    HttpResponse<String> page = clinician.get("/trials.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/assets/trials.js", "Horizon scanning");
    assertThat(ApiClient.anonymous(port).get("/api/trials").statusCode()).isIn(401, 302);
  }

  @Test
  void aReportedCaseMatchesWithReasonsAndAlertsItsTreatingTeamOnce() throws Exception {
    String nhs = nhs(10);
    long order = orderFor(nhs);
    List<CaseMatch> matched =
        report(
            7001,
            nhs,
            order,
            "SARCNOS",
            List.of(Alteration.fusion("ALK", "EML4").withOncogenic(true)));
    assertThat(matched)
        .extracting(m -> m.trialId() + "/" + m.arm())
        .containsExactly("NCT03297606/Group 3", "NCT04497116/Module 1", "NCT04497116/Module 3");
    assertThat(matched.get(0).reasons()).contains("EML4::ALK fusion meets ALK fusion");

    JsonNode alerts = json(clinician.get("/api/trials/alerts"));
    List<JsonNode> mine = new ArrayList<>();
    alerts.forEach(
        a -> {
          if (a.get("caseId").asLong() == 7001) {
            mine.add(a);
          }
        });
    assertThat(mine).hasSize(3);
    assertThat(mine.get(0).get("cause").asString()).isEqualTo("CASE_REPORTED");
    assertThat(mine.get(0).get("organisation").asString()).isEqualTo(HOSPITAL);
    assertThat(mine.get(0).get("reason").asString())
        .contains("NCT03297606 arm Group 3", "EML4::ALK");

    // the same report again raises nothing new
    report(
        7001, nhs, order, "SARCNOS", List.of(Alteration.fusion("ALK", "EML4").withOncogenic(true)));
    assertThat(json(clinician.get("/api/trials/alerts")).size()).isEqualTo(alerts.size());

    // the case's matches: its treating team and laboratory read them, others do not
    assertThat(json(clinician.get("/api/trials/cases/7001/matches")).size()).isEqualTo(3);
    assertThat(json(scientist.get("/api/trials/cases/7001/matches")).size()).isEqualTo(3);
    assertThat(json(otherClinician.get("/api/trials/cases/7001/matches")).size()).isZero();
    assertThat(researcher.get("/api/trials/cases/7001/matches").statusCode()).isEqualTo(403);
    assertThat(json(clinician.get("/api/trials/NCT03297606/matches")).toString()).contains("7001");
    assertThat(otherClinician.get("/api/trials/alerts").body()).doesNotContain("\"caseId\":7001");

    // deciding: a comment or reason is required; the other organisation cannot see it
    long id = mine.get(0).get("id").asLong();
    assertThat(
            otherClinician
                .post(
                    "/api/trials/alerts/" + id + "/dismiss",
                    "application/json",
                    "{\"text\": \"no\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            clinician
                .post("/api/trials/alerts/" + id + "/accept", "application/json", "{}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> accepted =
        clinician.post(
            "/api/trials/alerts/" + id + "/accept",
            "application/json",
            "{\"text\": \"for the tumour board on Tuesday\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).get("state").asString()).isEqualTo("ACCEPTED");
    assertThat(
            clinician
                .post(
                    "/api/trials/alerts/" + id + "/dismiss",
                    "application/json",
                    "{\"text\": \"changed our mind\"}")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void aTrialThatOpensRaisesAlertsForTheCasesItNowMatchesAndBadFilesSayWhere() throws Exception {
    String nhs = nhs(12);
    long order = orderFor(nhs);
    report(
        7002, nhs, order, "LUAD", List.of(Alteration.fusion("ROS1", "CD74").withOncogenic(true)));
    String trial =
        """
        {"nct_id": "NCT09999991", "short_title": "ROS1 fusion basket", "status": "%s",
         "treatment_list": {"step": [{"arm": [{"arm_code": "ROS1", "arm_suspended": "N",
           "match": [{"and": [{"genomic": {"hugo_symbol": "ROS1", "variant_category": "Structural Variation"}},
                              {"clinical": {"oncotree_primary_diagnosis": "Non-Small Cell Lung Cancer", "age_numerical": ">=18"}}]}]}]}]}}
        """;
    HttpResponse<String> closed =
        admin.post(
            "/api/trials/imports/ctml?file=ros1.json",
            "application/json",
            trial.formatted("Closed to Accrual"));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
    assertThat(json(closed).get("opened").size()).isZero();
    assertThat(json(clinician.get("/api/trials/cases/7002/matches")).toString())
        .doesNotContain("NCT09999991");

    HttpResponse<String> opened =
        admin.post(
            "/api/trials/imports/ctml?file=ros1.json",
            "application/json",
            trial.formatted("Open to Accrual"));
    assertThat(json(opened).get("opened").get(0).asString()).isEqualTo("NCT09999991");
    assertThat(json(opened).get("alerts").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode alert = null;
    for (JsonNode a : json(clinician.get("/api/trials/alerts"))) {
      if (a.get("trialId").asString().equals("NCT09999991") && a.get("caseId").asLong() == 7002) {
        alert = a;
      }
    }
    assertThat(alert).isNotNull();
    assertThat(alert.get("cause").asString()).isEqualTo("TRIAL_OPENED");
    assertThat(alert.get("reason").asString())
        .contains(
            "CD74::ROS1 fusion meets ROS1 fusion",
            "Lung Adenocarcinoma (LUAD) meets Non-Small Cell Lung Cancer (NSCLC)");

    // the same file again: unchanged, nothing raised
    HttpResponse<String> again =
        admin.post(
            "/api/trials/imports/ctml?file=ros1.json",
            "application/json",
            trial.formatted("Open to Accrual"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("unchanged").get(0).asString()).isEqualTo("NCT09999991");

    // a bad file: the file, the place in it and what to do
    HttpResponse<String> bad =
        admin.post(
            "/api/trials/imports/ctml?file=bad.json",
            "application/json",
            trial.formatted("Open").replace("Non-Small Cell Lung Cancer", "Lung Cancr"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains(
            "bad.json at treatment_list.step[0].arm[0].match[0].and[1]"
                + ".clinical.oncotree_primary_diagnosis",
            "is not an OncoTree name");
    assertThat(clinician.post("/api/trials/imports/ctml", "application/json", trial).statusCode())
        .isEqualTo(403);
  }

  @Test
  void horizonCountsOnlyConsentingPatientsAndSuppressesSmallCounts() throws Exception {
    List<String> patients = List.of(nhs(20), nhs(22), nhs(24), nhs(26), nhs(28), nhs(30));
    long caseId = 7100;
    for (String nhs : patients) {
      long order = orderFor(nhs);
      report(
          caseId++,
          nhs,
          order,
          "UCS",
          List.of(Alteration.mutation("BRCA2", "S1982fs", "Frame_Shift_Del")));
    }
    // five give research consent, one declines
    for (int i = 0; i < patients.size(); i++) {
      HttpResponse<String> r =
          clinician.post(
              "/api/patients/" + patients.get(i) + "/consents",
              "application/json",
              "{\"kind\": \"research_participation\", \"decision\": \""
                  + (i < 5 ? "given" : "declined")
                  + "\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    JsonNode scan = json(manager.get("/api/trials/horizon"));
    JsonNode olaparib = null;
    JsonNode erlotinib = null;
    for (JsonNode arm : scan) {
      if (arm.get("trialId").asString().equals("NCT03297606")) {
        if (arm.get("arm").asString().equals("Group 7")) {
          olaparib = arm;
        }
        if (arm.get("arm").asString().equals("Group 5")) {
          erlotinib = arm;
        }
      }
    }
    assertThat(olaparib.get("patients").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(olaparib.get("eligible").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(erlotinib.get("patients").asLong()).isZero();
    assertThat(researcher.get("/api/trials/horizon").statusCode()).isEqualTo(403);

    // withdrawing one leaves four: suppressed, never a number
    withdrawFromResearch(clinician, patients.get(0));
    for (JsonNode arm : json(manager.get("/api/trials/horizon"))) {
      if (arm.get("trialId").asString().equals("NCT03297606")
          && arm.get("arm").asString().equals("Group 7")) {
        if (arm.get("suppressed").asBoolean()) {
          assertThat(arm.get("patients").isNull()).isTrue();
        } else {
          assertThat(arm.get("patients").asLong()).isGreaterThanOrEqualTo(5);
        }
      }
    }
  }

  @Test
  void clinicalTrialsGovRecordsMatchOnceCurated() throws Exception {
    java.nio.file.Path studies =
        java.nio.file.Path.of(
            "../../shared/reference/cancer/trials/clinicaltrials_gov/ctgov_v2_studies_KRAS_10trials.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.exists(studies),
        "Skipped: shared reference ClinicalTrials.gov records");
    String nhs = nhs(40);
    long order = orderFor(nhs);
    report(
        7200,
        nhs,
        order,
        "COADREAD",
        List.of(Alteration.mutation("KRAS", "G12C", "Missense_Mutation")));

    HttpResponse<String> imported =
        admin.post(
            "/api/trials/imports/clinicaltrials-gov?file=kras.json",
            "application/json",
            java.nio.file.Files.readString(studies));
    assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    JsonNode trial = json(clinician.get("/api/trials/NCT05288205"));
    assertThat(trial.get("eligibilityText").asString()).contains("KRAS p.G12C mutation");
    assertThat(trial.get("arms").get(0).get("curated").asBoolean()).isFalse();
    assertThat(json(clinician.get("/api/trials/cases/7200/matches")).toString())
        .doesNotContain("NCT05288205");

    HttpResponse<String> curated =
        admin.post(
            "/api/trials/curations?file=kras-curation.json",
            "application/json",
            """
        {"NCT05288205": {"*": [{"and": [{"genomic": {"hugo_symbol": "KRAS", "protein_change": "p.G12C"}},
                                        {"clinical": {"oncotree_primary_diagnosis": "_SOLID_"}}]}]}}
        """);
    assertThat(curated.statusCode()).as(curated.body()).isEqualTo(201);
    assertThat(json(curated).get("alerts").asInt()).isEqualTo(2);
    JsonNode matches = json(clinician.get("/api/trials/cases/7200/matches"));
    assertThat(matches.toString())
        .contains(
            "NCT05288205", "Dose expansion", "KRAS p.G12C (Missense_Mutation) meets KRAS p.G12C");
    assertThat(
            admin
                .post("/api/trials/curations", "application/json", "{\"NCT00000001\": {\"*\": []}}")
                .statusCode())
        .isEqualTo(404);
  }
}
