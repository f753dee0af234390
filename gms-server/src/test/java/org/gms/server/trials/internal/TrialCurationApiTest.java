package org.gms.server.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gms.server.ApiClient;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Curating a ClinicalTrials.gov record's arm over HTTP: who may, each wrong condition named at its
 * field, the criteria read back as saved (exon and wild type included), removed again, audited, and
 * a CTML trial refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrialCurationApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path STUDY =
      Path.of("../../shared/reference/cancer/trials/clinicaltrials_gov/NCT06008288.json");
  private static final String PATH = "/api/trials/NCT06008288/curation";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private ApiClient admin() throws Exception {
    Assumptions.assumeTrue(Files.exists(STUDY), "Skipped: shared reference record");
    ApiClient admin = ApiClient.as("curation-admin", Role.ADMINISTRATOR, "GMS", accounts, port);
    HttpResponse<String> r =
        admin.post(
            "/api/trials/imports/clinicaltrials-gov?file=NCT06008288.json",
            "application/json",
            Files.readAllBytes(STUDY));
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    return admin;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # what                                | condition (JSON)                                                      | field                         | message contains
          no gene, TMB or MSI                   | {"proteinChange": "p.G12C"}                                          | criteria[0].gene              | Give the gene
          not a gene symbol                     | {"gene": "KRAS G12C"}                                                | criteria[0].gene              | not a gene symbol
          protein change not HGVS               | {"gene": "KRAS", "proteinChange": "glycine twelve"}                  | criteria[0].proteinChange     | HGVS short form
          protein change under a fusion         | {"gene": "KRAS", "proteinChange": "G12C", "variantCategory": "SV"}   | criteria[0].proteinChange     | needs the variant category Mutation
          unknown category                      | {"gene": "KRAS", "variantCategory": "Mutatoin"}                      | criteria[0].variantCategory   | use Mutation, CNV, SV or Any
          unknown copy-number call              | {"gene": "MET", "cnvCall": "big"}                                    | criteria[0].cnvCall           | High level amplification
          exon 0                                | {"gene": "EGFR", "exon": 0}                                          | criteria[0].exon              | from 1 to 200
          TMB not a condition                   | {"tmb": "lots"}                                                      | criteria[0].tmb               | >=10
          MSI value                             | {"msi": "high"}                                                      | criteria[0].msi               | MSI-H or MSS
          """)
  void aWrongConditionIsNamedAtItsField(String what, String condition, String field, String text)
      throws Exception {
    ApiClient admin = admin();
    HttpResponse<String> r =
        admin.send(
            "PUT",
            PATH,
            "application/json",
            "{\"arm\": \"JAB-21822\", \"criteria\": [" + condition + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("field").asString()).as(what).isEqualTo(field);
    assertThat(problem.get("detail").asString()).as(what).contains(text);
  }

  @Test
  void anArmIsCuratedReadBackRemovedAndAudited() throws Exception {
    ApiClient admin = admin();
    ApiClient clinician = ApiClient.as("curation-dr", Role.CLINICIAN, "Hospital", accounts, port);
    assertThat(clinician.get(PATH).statusCode()).isEqualTo(403);
    assertThat(
            clinician
                .send("PUT", PATH, "application/json", "{\"arm\": \"JAB-21822\"}")
                .statusCode())
        .isEqualTo(403);

    JsonNode before = JSON.readTree(admin.get(PATH).body());
    assertThat(before.get("eligibilityText").asString()).contains("KRAS p.G12C");
    assertThat(before.get("arms").get(0).get("curated").asBoolean()).isFalse();

    HttpResponse<String> saved =
        admin.send(
            "PUT",
            PATH,
            "application/json",
            """
            {"arm": "JAB-21822", "combine": "all", "criteria": [
              {"gene": "kras", "proteinChange": "G12C", "variantCategory": "Mutation"},
              {"gene": "EGFR", "variantCategory": "Mutation", "exon": 19, "wildType": true}]}
            """);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonNode arm = JSON.readTree(admin.get(PATH).body()).get("arms").get(0);
    assertThat(arm.get("curated").asBoolean()).isTrue();
    assertThat(arm.get("criteria").asString())
        .contains("KRAS p.G12C")
        .contains("no EGFR exon 19 mutation");
    assertThat(arm.get("form").get("combine").asString()).isEqualTo("all");
    assertThat(arm.get("form").get("criteria").get(1).get("exon").asInt()).isEqualTo(19);
    assertThat(arm.get("form").get("criteria").get(1).get("wildType").asBoolean()).isTrue();

    HttpResponse<String> unknownArm =
        admin.send("PUT", PATH, "application/json", "{\"arm\": \"Arm Z\", \"criteria\": []}");
    assertThat(unknownArm.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknownArm.body()).get("field").asString()).isEqualTo("arm");

    HttpResponse<String> removed =
        admin.send("PUT", PATH, "application/json", "{\"arm\": \"JAB-21822\", \"criteria\": []}");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(JSON.readTree(admin.get(PATH).body()).get("arms").get(0).get("curated").asBoolean())
        .isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM audit_event WHERE action = 'curate'"
                        + " AND entity_id = 'NCT06008288') + (SELECT count(*) FROM audit_queue"
                        + " WHERE action = 'curate' AND entity_id = 'NCT06008288')")
                .query(Long.class)
                .single())
        .isEqualTo(2);

    HttpResponse<String> ctml =
        admin.send(
            "PUT",
            "/api/trials/NCT03297606/curation",
            "application/json",
            "{\"arm\": \"Group 3\", \"criteria\": []}");
    assertThat(ctml.statusCode()).isEqualTo(409);
  }
}
