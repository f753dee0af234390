package org.gms.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.gms.server.ApiTest;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exercises login rules over real HTTP, as an API client would. */
@AutoConfigureMetrics // the Prometheus endpoint is part of the product
class AuthenticationTest extends ApiTest {

  private static final String PASSWORD = "correct-horse-battery";

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
  void healthAndApiDocsArePublicMetricsAreForOperators() throws Exception {
    assertThat(get("/actuator/health", null).body()).contains("UP");
    assertThat(get("/v3/api-docs", null).body()).contains("/api/auth/tokens");
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isIn(401, 302);
    assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
    accounts.save(
        new Account("ops.admin", "Ops", Set.of(Role.ADMINISTRATOR), "GMS Operations"), PASSWORD);
    String admin = token(issue("ops.admin", PASSWORD));
    assertThat(get("/actuator/prometheus", "text/plain", admin).body())
        .contains("jvm_memory_used_bytes");
    assertThat(
            get("/actuator/prometheus", "text/plain", token(issue("dr.who", PASSWORD)))
                .statusCode())
        .isEqualTo(403);
  }

  private static String token(HttpResponse<String> issued) {
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void theEleventhWrongPasswordWithinAMinuteIsRefusedUncheckedAndEveryRefusalIsAudited()
      throws Exception {
    accounts.save(
        new Account("brute.target", "Target", Set.of(Role.CLINICIAN), "Demo NHS Trust"), PASSWORD);
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(issue("brute.target", "wrong-guess-" + attempt).statusCode()).isEqualTo(401);
    }

    // the right password now: refused all the same, so it was not checked
    HttpResponse<String> eleventh = issue("brute.target", PASSWORD);

    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.body()).contains("Too many failed logins");
    audit.flush();
    assertThat(auditCount("brute.target", "token-refused")).isEqualTo(10);
    assertThat(auditCount("brute.target", "token-throttled")).isEqualTo(1);
    // another account is not affected
    assertThat(issue("dr.who", PASSWORD).statusCode()).isEqualTo(201);
  }

  @Test
  void anUnknownUserTakesAsLongAsAWrongPassword() throws Exception {
    issue("dr.who", "warm-up-guess"); // first use of the password hashing
    long unknown = Long.MAX_VALUE;
    long wrong = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      long start = System.nanoTime();
      assertThat(issue("nobody.here." + i, "some-guess").statusCode()).isEqualTo(401);
      unknown = Math.min(unknown, System.nanoTime() - start);
      start = System.nanoTime();
      assertThat(issue("dr.who", "wrong-guess-" + i).statusCode()).isEqualTo(401);
      wrong = Math.min(wrong, System.nanoTime() - start);
    }
    // without a password check for unknown users the ratio is about 1/15
    assertThat((double) unknown / wrong).isGreaterThan(0.5);
  }

  @Test
  void aRevokedTokenGets401AndAPasswordResetRevokesAll() throws Exception {
    String token = token(issue("dr.who", PASSWORD));
    String other = token(issue("dr.who", PASSWORD));
    assertThat(get("/api/me", token).statusCode()).isEqualTo(200);

    HttpResponse<String> revoked = delete("/api/auth/tokens/current", token);

    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.body()).contains("\"revoked\":1");
    assertThat(get("/api/me", token).statusCode()).isEqualTo(401);
    assertThat(get("/api/me", other).statusCode()).isEqualTo(200);

    accounts.save(
        new Account("dr.who", "Dr Who", Set.of(Role.CLINICIAN), "Demo NHS Trust"),
        "a-new-passphrase-for-who");
    assertThat(get("/api/me", other).statusCode()).isEqualTo(401);

    String third = token(issue("dr.who", "a-new-passphrase-for-who"));
    String fourth = token(issue("dr.who", "a-new-passphrase-for-who"));
    assertThat(delete("/api/auth/tokens", third).body()).contains("\"revoked\":2");
    assertThat(get("/api/me", fourth).statusCode()).isEqualTo(401);
    audit.flush();
    assertThat(auditCount("dr.who", "token-revoked")).isEqualTo(1);
    assertThat(auditCount("dr.who", "tokens-revoked")).isEqualTo(2);
  }

  @Test
  void commonAndRepeatedPasswordsAreRefused() {
    for (String weak :
        new String[] {
          "password1234",
          "Password!2024",
          "qwertyqwerty",
          "aaaaaaaaaaaa",
          "123412341234",
          "abababababab"
        }) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  accounts.save(
                      new Account("weak.pw", "W", Set.of(Role.CLINICIAN), "Demo NHS Trust"), weak))
          .as(weak)
          .hasMessageContaining("weak.pw");
    }
  }

  @Test
  void nulBytesInParametersAre400AndPagesCarryAContentSecurityPolicy() throws Exception {
    HttpResponse<String> nul = get("/api/directory/indications?q=ab%00cd", null);
    assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
    assertThat(nul.body()).contains("NUL byte");

    HttpResponse<String> page = get("/", "text/html", null);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
  }

  private long auditCount(String actor, String action) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :actor AND action = :action")
        .param("actor", actor)
        .param("action", action)
        .query(Long.class)
        .single();
  }

  private HttpResponse<String> delete(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
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
    return get(path, "application/json", token);
  }

  private HttpResponse<String> get(String path, String accept, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
