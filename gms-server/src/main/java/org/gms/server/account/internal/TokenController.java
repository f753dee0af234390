package org.gms.server.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.gms.server.account.Accounts;
import org.gms.server.account.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class TokenController {

  /** Tokens last a working day: long enough for a session of work, short if one leaks. */
  private static final Duration VALIDITY = Duration.ofHours(12);

  private final Accounts accounts;

  TokenController(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Credentials for a token request. */
  record TokenRequest(String username, String password, String label) {}

  @PostMapping("/api/auth/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a bearer token for the API (valid 12 hours)")
  IssuedToken issue(@RequestBody TokenRequest request) {
    return accounts.issueToken(request.username(), request.password(), request.label(), VALIDITY);
  }
}
