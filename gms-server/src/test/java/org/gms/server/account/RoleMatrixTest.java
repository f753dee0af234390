package org.gms.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The role policy of every state-changing operation, checked against the operations the server
 * documents in its OpenAPI document: an operation missing from the policy fails the test, and every
 * role the policy does not name is refused (403; 401 "Login required" as problem+json without
 * credentials, although the CSRF check runs first) before the request reaches the feature, whatever
 * the body.
 */
class RoleMatrixTest extends ApiTest {

  /** The policy: operation, then the roles allowed ("anyone" without login, "any" logged in). */
  private static final List<String> POLICY =
      List.of(
          "POST   /api/auth/tokens                           | anyone",
          "DELETE /api/auth/tokens                           | any",
          "DELETE /api/auth/tokens/current                   | any",
          "POST   /api/orders                                | CLINICIAN",
          "POST   /api/orders/{id}/transitions               | CLINICIAN LABORATORY_SCIENTIST",
          "POST   /api/orders/{id}/samples                   | LABORATORY_SCIENTIST",
          "POST   /api/orders/{id}/analyses                  | LABORATORY_SCIENTIST",
          "POST   /api/vcf-files                             | LABORATORY_SCIENTIST",
          "POST   /fhir                                      | CLINICIAN",
          "POST   /fhir/ServiceRequest                       | CLINICIAN",
          "POST   /api/patients                              | CLINICIAN LABORATORY_SCIENTIST"
              + " ADMINISTRATOR",
          "POST   /api/patients/{nhsNumber}/relatives        | CLINICIAN LABORATORY_SCIENTIST",
          "PUT    /api/patients/{nhsNumber}/equity           | CLINICIAN LABORATORY_SCIENTIST",
          "POST   /api/patients/{nhsNumber}/pgx              | LABORATORY_SCIENTIST",
          "POST   /api/patients/{nhs}/consents               | CLINICIAN",
          "POST   /api/analyses/{runId}/report               | LABORATORY_SCIENTIST",
          "POST   /api/analyses/{runId}/report/preview       | LABORATORY_SCIENTIST",
          "PUT    /api/analyses/{runId}/review-draft         | LABORATORY_SCIENTIST",
          "POST   /api/reanalysis/alerts/{id}/accept         | LABORATORY_SCIENTIST",
          "POST   /api/reanalysis/alerts/{id}/dismiss        | LABORATORY_SCIENTIST",
          "POST   /api/reanalysis/jobs                       | ADMINISTRATOR",
          "POST   /api/knowledge/{source}                    | ADMINISTRATOR",
          "POST   /api/trials/alerts/{id}/accept             | CLINICIAN",
          "POST   /api/trials/alerts/{id}/dismiss            | CLINICIAN",
          "POST   /api/trials/imports/ctml                   | ADMINISTRATOR",
          "POST   /api/trials/imports/clinicaltrials-gov     | ADMINISTRATOR",
          "POST   /api/trials/curations                      | ADMINISTRATOR",
          "PUT    /api/trials/{id}/curation                  | ADMINISTRATOR",
          "POST   /cds-services/{id}                         | CLINICIAN",
          "POST   /api/oncology/cases                        | CLINICIAN",
          "POST   /api/oncology/cases/{id}/samples           | LABORATORY_SCIENTIST",
          "POST   /api/oncology/cases/{id}/runs              | LABORATORY_SCIENTIST",
          "POST   /api/oncology/cases/{id}/decisions         | CLINICIAN LABORATORY_SCIENTIST",
          "POST   /api/oncology/cases/{id}/report            | LABORATORY_SCIENTIST",
          "POST   /api/oncology/cases/{id}/therapies         | CLINICIAN",
          "POST   /api/oncology/cases/{id}/receptors         | CLINICIAN");

  private static final Set<String> CHANGING = Set.of("post", "put", "patch", "delete");

  private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

  @BeforeEach
  void clients() {
    for (Role role : Role.values()) {
      clients.put(role, ApiClient.as(role, accounts, port));
    }
  }

  private static Map<String, Set<String>> policy() {
    Map<String, Set<String>> policy = new LinkedHashMap<>();
    for (String row : POLICY) {
      String[] cells = row.split("\\|");
      String operation = cells[0].strip().replaceAll("\\s+", " ");
      policy.put(operation, Set.of(cells[1].strip().split("\\s+")));
    }
    return policy;
  }

  /** The state-changing operations the server documents, as "METHOD /path". */
  private List<String> documentedOperations() throws Exception {
    HttpResponse<String> docs = ApiClient.anonymous(port).get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(docs.body()).get("paths");
    List<String> operations = new ArrayList<>();
    for (String path : paths.propertyNames()) {
      for (String method : paths.get(path).propertyNames()) {
        if (CHANGING.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    return operations;
  }

  @Test
  void everyDocumentedStateChangingOperationHasAPolicyAndNoPolicyIsStale() throws Exception {
    List<String> documented = documentedOperations();
    assertThat(documented).hasSizeGreaterThan(15);

    assertThat(new TreeSet<>(documented))
        .as("operations without a row in the policy table")
        .isSubsetOf(policy().keySet());
    assertThat(policy().keySet())
        .as("policy rows for operations the server no longer has")
        .isSubsetOf(documented);
  }

  @Test
  void everyRoleOutsideThePolicyIsRefusedBeforeTheRequestIsRead() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<String> operations = new ArrayList<>(documentedOperations());
    // revoking one's tokens ends the clients' tokens: last
    operations.sort(Comparator.comparing(operation -> operation.startsWith("DELETE /api/auth/")));
    for (String operation : operations) {
      if (operation.startsWith("DELETE /api/auth/")) {
        clients(); // the one before revoked them
      }
      Set<String> allowed = policy().getOrDefault(operation, Set.of());
      String method = operation.substring(0, operation.indexOf(' '));
      String path = concrete(operation.substring(operation.indexOf(' ') + 1));
      if (!allowed.contains("anyone")) {
        // 401 with a problem body, even though the CSRF check (no session, no token) runs first
        HttpResponse<String> anonymous =
            ApiClient.anonymous(port).send(method, path, "application/json", "{}");
        if (anonymous.statusCode() != 401
            || !anonymous.body().contains("\"Login required\"")
            || !anonymous
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json")) {
          wrong.add(
              operation
                  + " anonymous: "
                  + anonymous.statusCode()
                  + " "
                  + anonymous.body()
                  + " (expected 401 Login required as problem+json)");
        }
      }
      for (Role role : Role.values()) {
        HttpResponse<String> response =
            clients.get(role).send(method, path, "application/json", "{}");
        boolean permitted =
            allowed.contains("anyone") || allowed.contains("any") || allowed.contains(role.name());
        boolean refusedByRole =
            response.statusCode() == 403 && response.body().contains("\"Not allowed\"");
        boolean refusedLogin =
            response.statusCode() == 401
                && (response.body().contains("\"Login required\"")
                    || response.body().contains("\"Invalid bearer token\""));
        if (!permitted && !refusedByRole) {
          wrong.add(operation + " " + role + ": " + response.statusCode() + " (expected 403)");
        } else if (permitted && (refusedByRole || refusedLogin)) {
          wrong.add(operation + " " + role + ": " + response.statusCode() + " (policy allows it)");
        }
      }
    }
    assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
  }

  /** A path with its variables filled in: a valid NHS number where one is expected, else 1. */
  private static String concrete(String template) {
    return Stream.of(template.split("/"))
        .map(
            part ->
                !part.startsWith("{")
                    ? part
                    : part.toLowerCase(Locale.ROOT).contains("nhs") ? "9434765919" : "1")
        .collect(Collectors.joining("/"));
  }
}
