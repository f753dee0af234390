package org.gms.server.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gms.server.Sha256;
import org.gms.server.account.Account;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. An unknown, expired or
 * revoked token is answered with 401 rather than silently treated as anonymous.
 */
class BearerTokens extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final JdbcClient jdbc;
  private final ProblemResponses problems;

  BearerTokens(JdbcClient jdbc, ProblemResponses problems) {
    this.jdbc = jdbc;
    this.problems = problems;
  }

  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** The token of a request that {@link #carriesToken carries one}. */
  static String token(HttpServletRequest request) {
    return request.getHeader("Authorization").substring(PREFIX.length()).strip();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = token(request);
    // one query finds the token's account with its roles and organisation (no password hash)
    Optional<Account> account =
        jdbc.sql(
                """
                SELECT a.* FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()
                  AND a.enabled
                """)
            .param("hash", hash(token))
            .query(JdbcAccounts::account)
            .optional();
    Optional<UserDetails> user =
        account.map(
            a ->
                User.withUsername(a.username())
                    .password("")
                    .authorities(JdbcAccounts.authorities(a.roles()))
                    .build());
    if (user.isEmpty()) {
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "Invalid bearer token",
          "The bearer token is unknown, expired or revoked. Get a new one with POST"
              + " /api/auth/tokens.");
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities());
    // the account as read with the token, so that who is acting is known without reading it again
    authentication.setDetails(account.get());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** What is stored of a token: its SHA-256, so that a read of the table gives no token. */
  static String hash(String token) {
    return Sha256.ofText(token);
  }
}
