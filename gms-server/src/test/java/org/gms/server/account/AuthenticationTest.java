package org.gms.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exercises login rules over real HTTP, as an API client would. */
@AutoConfigureMetrics // the Prometheus endpoint is part of the product
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationTest {

  private static final String PASSWORD = "correct-horse-battery";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void account() {
    accounts.save(
        new Account("dr.who", "Dr Who", Set.of(Role.CLINICIAN), "Demo NHS Trust"), PASSWORD);
  }

  @Test
  void passwordsAreStoredHashedNotInClear() {
    String stored =
        jdbc.sql("SELECT password_hash FROM account WHERE username = 'dr.who'")
            .query(String.class)
            .single();
    assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
  }

  @Test
  void patientDataNeedsLoginAndSaysHowAsProblemDetails() throws Exception {
    HttpResponse<String> response = get("/api/me", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(response.body()).contains("Bearer").doesNotContain("Exception");
  }

  @Test
  void bearerTokenOpensTheApiAndIsAudited() throws Exception {
    HttpResponse<String> issued = issue("dr.who", PASSWORD);
    assertThat(issued.statusCode()).isEqualTo(201);
    String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

    HttpResponse<String> me = get("/api/me", token);

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"dr.who\"").contains("CLINICIAN");
    audit.flush();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE actor = 'dr.who' AND action ="
                        + " 'token-issued'")
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void wrongPasswordAndUnknownTokensAreRefused() throws Exception {
    assertThat(issue("dr.who", "not-the-password").statusCode()).isEqualTo(401);
    assertThat(get("/api/me", "gms_forged").statusCode()).isEqualTo(401);
  }

  @Test
  void healthAndApiDocsArePublic() throws Exception {
    assertThat(get("/actuator/health", null).body()).contains("UP");
    assertThat(get("/v3/api-docs", null).body()).contains("/api/auth/tokens");
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  private HttpResponse<String> issue(String user, String password) throws Exception {
    String body =
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"label\":\"test\"}";
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/tokens"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
