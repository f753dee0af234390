package org.gms.server.oncology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.oncology.OncologyApiTest.ok;

import org.gms.server.ApiClient;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The clinician records a breast cancer case's ER, PR and HER2 status: a wrong value is named at
 * its field, a scientist may read but not record them, a later recording replaces the earlier one
 * (both kept and audited), and another organisation's clinician cannot see the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceptorStatusApiTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired DirectoryImports directory;
  @Autowired JdbcClient jdbc;

  @Test
  void theClinicianRecordsReceptorStatusWithErrorsAtTheirField() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician =
        ApiClient.as("dr-breast", Role.CLINICIAN, "Breast Clinic", accounts, port);
    ApiClient other = ApiClient.as("dr-else", Role.CLINICIAN, "Elsewhere", accounts, port);
    ApiClient scientist =
        ApiClient.as("lab-breast", Role.LABORATORY_SCIENTIST, OncologyApiTest.LAB, accounts, port);
    long caseId =
        OncologyApiTest.openCase(
            clinician,
            "9434765870",
            "\"name\": \"Bea Breast\", \"dateOfBirth\": \"1971-05-02\", \"sex\": \"female\"",
            "breast-1",
            "\"oncotreeCode\": \"IDC\"");
    String path = "/api/oncology/cases/" + caseId + "/receptors";

    JsonNode none = ok(clinician.get(path), 200);
    assertThat(none.get("her2").asString()).isEmpty();
    assertThat(none.get("recordedAt").isNull()).isTrue();

    JsonNode wrong =
        ok(
            clinician.post(path, "application/json", "{\"er\": \"positive\", \"her2\": \"3+\"}"),
            400);
    assertThat(wrong.get("field").asString()).isEqualTo("her2");
    assertThat(wrong.get("detail").asString())
        .contains("HER2 status '3+'")
        .contains("positive, negative or equivocal");

    assertThat(scientist.post(path, "application/json", "{\"er\": \"positive\"}").statusCode())
        .isEqualTo(403);
    assertThat(other.get(path).statusCode()).isEqualTo(404);

    ok(
        clinician.post(
            path,
            "application/json",
            "{\"er\": \"positive\", \"pr\": \"\", \"her2\": \"equivocal\"}"),
        200);
    JsonNode later =
        ok(
            clinician.post(
                path,
                "application/json",
                "{\"er\": \"Positive\", \"pr\": \"negative\", \"her2\": \"negative\"}"),
            200);
    assertThat(later.get("er").asString()).isEqualTo("positive");
    assertThat(later.get("her2").asString()).isEqualTo("negative");
    assertThat(later.get("recordedBy").asString()).isEqualTo("dr-breast");
    JsonNode read = ok(scientist.get(path), 200);
    assertThat(read.get("pr").asString()).isEqualTo("negative");
    assertThat(
            jdbc.sql("SELECT count(*) FROM cancer_receptor_status WHERE case_id = :c")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM audit_event WHERE action = 'record-receptors'"
                        + " AND entity_id = :c) + (SELECT count(*) FROM audit_queue"
                        + " WHERE action = 'record-receptors' AND entity_id = :c)")
                .param("c", Long.toString(caseId))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
