package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test against the running server over real HTTP (embedded PostgreSQL, a random port): the
 * accounts to call it as, the bundled test directory to import and the answers read as JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

  /** Reads and writes the JSON of requests and answers. */
  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort protected int port;
  @Autowired protected Accounts accounts;
  @Autowired protected DirectoryImports directory;

  /**
   * A client with a fresh bearer token of the user, saved (again) in the role and the organisation,
   * whose laboratory or hospital decides what the user may see.
   */
  protected ApiClient client(String user, Role role, String organisation) {
    return ApiClient.as(user, role, organisation, accounts, port);
  }

  /**
   * Asks, as the clinician, for the R29.4 whole genome (intellectual disability) of the registered
   * patient with one HPO term from the laboratory, with or without research participation, no
   * recontact and no family; ordered anyway should the patient have the test open already.
   */
  protected static HttpResponse<String> orderR29(
      ApiClient clinician,
      String requestKey,
      String nhs,
      String laboratory,
      String hpoTerm,
      boolean research)
      throws Exception {
    return clinician.post(
        "/api/orders",
        "application/json",
        """
        {"requestKey": "%s", "patient": "%s", "indication": "R29",
         "test": "R29.4", "laboratory": "%s", "hpoTerms": ["%s"],
         "researchParticipation": %s, "recontact": false,
         "orderAnywayReason": "test data: several orders per patient"}
        """
            .formatted(requestKey, nhs, laboratory, hpoTerm, research));
  }

  /** Records, as the clinician, the patient's withdrawal from research, which must be accepted. */
  protected static void withdrawFromResearch(ApiClient clinician, String nhs) throws Exception {
    HttpResponse<String> withdrawn =
        clinician.post(
            "/api/patients/" + nhs + "/consents",
            "application/json",
            "{\"kind\": \"research_participation\", \"decision\": \"withdrawn\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(201);
  }

  /** The response's body as JSON. */
  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
