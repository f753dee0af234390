package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;

/** Calls the running server over real HTTP as an API client would, with a user of each role. */
public final class ApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  private ApiClient(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  /** A client with a fresh bearer token of a user in the role. */
  public static ApiClient as(Role role, Accounts accounts, int port) {
    String user = "test-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return as(user, role, "Test", accounts, port);
  }

  /**
   * A client with a fresh bearer token of a user saved under the name given, in the role and the
   * organisation (whose laboratory or hospital decides what the user may see).
   */
  public static ApiClient as(
      String user, Role role, String organisation, Accounts accounts, int port) {
    String password = user + "-password";
    accounts.save(new Account(user, user, Set.of(role), organisation), password);
    return new ApiClient(
        port, accounts.issueToken(user, password, "test", Duration.ofHours(1)).token());
  }

  /** A client with the bearer token of an existing account. */
  public static ApiClient withToken(int port, String token) {
    return new ApiClient(port, token);
  }

  /** A client without credentials. */
  public static ApiClient anonymous(int port) {
    return new ApiClient(port, null);
  }

  public HttpResponse<String> get(String path, String accept) throws Exception {
    return send(request(path).header("Accept", accept).GET());
  }

  public HttpResponse<byte[]> getBytes(String path, String accept) throws Exception {
    return http.send(
        request(path).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return send(request(path).header("Accept", "application/json").GET());
  }

  public HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return post(path, contentType, body, "application/json");
  }

  /** A POST asking for another representation than JSON (e.g. text/html). */
  public HttpResponse<String> post(String path, String contentType, String body, String accept)
      throws Exception {
    return send(request(path, contentType, accept).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    return send(
        request(path, contentType, "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Any method, with a body (empty for none). */
  public HttpResponse<String> send(String method, String path, String contentType, String body)
      throws Exception {
    return send(
        request(path, contentType, "application/json")
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Registers the patient as this user unless the NHS number is registered already (or, belonging
   * to another organisation, answers 404 and is refused), asserting the registration is accepted.
   */
  public void registerUnlessRegistered(String nhs, String name, String dateOfBirth, String sex)
      throws Exception {
    if (get("/api/patients/" + nhs).statusCode() == 404) {
      HttpResponse<String> created =
          post(
              "/api/patients",
              "application/json",
              """
              {"nhsNumber": "%s", "name": "%s", "dateOfBirth": "%s", "sex": "%s"}
              """
                  .formatted(nhs, name, dateOfBirth, sex));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
  }

  /** A request sending a body of the content type and asking for the representation given. */
  private HttpRequest.Builder request(String path, String contentType, String accept) {
    return request(path).header("Content-Type", contentType).header("Accept", accept);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
