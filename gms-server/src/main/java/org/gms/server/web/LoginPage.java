package org.gms.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The login form. It carries the CSRF token, so it is rendered per request. */
@Controller
class LoginPage {

  private final String template = read("login.html");

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String login(
      CsrfToken csrf,
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout) {
    String message =
        error != null
            ? "<p class=\"error\" role=\"alert\">Unknown user name or wrong password.</p>"
            : logout != null ? "<p class=\"note\" role=\"status\">You have logged out.</p>" : "";
    return template
        .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
        .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()))
        .replace("{{message}}", message);
  }

  private static String read(String name) {
    try (InputStream in = LoginPage.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The login page template " + name + " is missing", e);
    }
  }
}
