package org.gms.server.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthenticationController {

  /** Tokens last a working day: long enough for a session of work, short if one leaks. */
  private static final Duration VALIDITY = Duration.ofHours(12);

  private final Accounts accounts;

  AuthenticationController(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Credentials for a token request. */
  record TokenRequest(String username, String password, String label) {}

  @GetMapping("/api/me")
  @Operation(summary = "The logged-in user: name, roles and organisation")
  Account me(Principal principal) {
    return accounts
        .find(principal.getName())
        .orElseThrow(() -> new GmsException(GmsException.Kind.NOT_FOUND, "No such account"));
  }

  @PostMapping("/api/auth/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a bearer token for the API (valid 12 hours)")
  IssuedToken issue(@RequestBody TokenRequest request) {
    return accounts.issueToken(request.username(), request.password(), request.label(), VALIDITY);
  }
}
