package org.gms.server.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

  private final JdbcAccounts accounts;

  AuthenticationController(JdbcAccounts accounts) {
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
  IssuedToken issue(@RequestBody TokenRequest request, HttpServletRequest http) {
    return accounts.issueToken(
        request.username(), request.password(), request.label(), VALIDITY, http.getRemoteAddr());
  }

  /** How many tokens a revocation ended. */
  record Revoked(int revoked) {}

  @DeleteMapping("/api/auth/tokens/current")
  @Operation(summary = "Revoke the bearer token this request carries (log out of the API)")
  Revoked revokeCurrent(Principal principal, HttpServletRequest http) {
    if (!BearerTokens.carriesToken(http)) {
      throw new GmsException(
          "This request carries no bearer token to revoke; send it as 'Authorization: Bearer"
              + " <token>', or DELETE /api/auth/tokens to revoke all of yours.");
    }
    return new Revoked(
        accounts.revoke(principal.getName(), BearerTokens.hash(BearerTokens.token(http))) ? 1 : 0);
  }

  @DeleteMapping("/api/auth/tokens")
  @Operation(summary = "Revoke every bearer token of the logged-in user")
  Revoked revokeAll(Principal principal) {
    return new Revoked(accounts.revokeAll(principal.getName()));
  }
}
