package org.gms.server.account.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Actor;
import org.gms.server.account.IssuedToken;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcAccounts implements Accounts, UserDetailsService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final LoginThrottle throttle;

  /** Checked against when the user is unknown, so that the answer takes as long as for a known. */
  private final String dummyHash;

  JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, LoginThrottle throttle) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
    this.throttle = throttle;
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    this.dummyHash = passwords.encode(Base64.getEncoder().encodeToString(random));
  }

  @Override
  @Transactional
  public Account save(Account account, String password) {
    PasswordPolicy.check(account.username(), password);
    Optional<String> previous =
        jdbc.sql("SELECT password_hash FROM account WHERE username = :username")
            .param("username", account.username())
            .query(String.class)
            .optional();
    jdbc.sql(
            """
            INSERT INTO account (username, display_name, password_hash, roles, organisation)
            VALUES (:username, :displayName, :hash, :roles, :organisation)
            ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name,
              password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles,
              organisation = EXCLUDED.organisation
            """)
        .param("username", account.username())
        .param("displayName", account.displayName())
        .param("hash", passwords.encode(password))
        .param("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
        .param("organisation", account.organisation())
        .update();
    audit.record("save", "account", account.username(), "roles " + account.roles());
    if (previous.isPresent() && !passwords.matches(password, previous.get())) {
      revokeAll(account.username()); // a password reset ends every session of the old one
    }
    return account;
  }

  @Override
  public Optional<Account> find(String username) {
    return jdbc.sql("SELECT * FROM account WHERE username = :username")
        .param("username", username)
        .query(JdbcAccounts::account)
        .optional();
  }

  @Override
  public Optional<Account> current() {
    return actor().account();
  }

  @Override
  public Actor actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication.getName() == null) {
      return Actor.system();
    }
    if (authentication.getDetails() instanceof Account read
        && read.username().equals(authentication.getName())) {
      return new Actor(read.username(), Optional.of(read)); // read with the bearer token
    }
    return new Actor(authentication.getName(), find(authentication.getName()));
  }

  @Override
  public List<Account> all() {
    return jdbc.sql("SELECT * FROM account ORDER BY username").query(JdbcAccounts::account).list();
  }

  @Override
  public IssuedToken issueToken(String username, String password, String label, Duration validity) {
    return issueToken(username, password, label, validity, null);
  }

  /**
   * Issues a token to a caller at a client address (null when not over the network): throttled per
   * account and per address, every refusal audited, the same work done for an unknown user as for a
   * wrong password.
   */
  @Transactional
  IssuedToken issueToken(
      String username, String password, String label, Duration validity, String address) {
    String name = username == null ? "" : username;
    if (throttle.throttled(name, address)) {
      throttle.throttledAttempt(name, address, "token");
      throw new TooManyAttempts();
    }
    Optional<String> hash =
        jdbc.sql("SELECT password_hash FROM account WHERE username = :username AND enabled")
            .param("username", name)
            .query(String.class)
            .optional();
    boolean matches = passwords.matches(password == null ? "" : password, hash.orElse(dummyHash));
    if (hash.isEmpty() || password == null || !matches) {
      throttle.failed(name, address, "token");
      throw new BadCredentials();
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "gms_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expires = Instant.now().plus(validity);
    jdbc.sql(
            """
            INSERT INTO api_token (account_id, token_hash, label, expires_at)
            SELECT id, :hash, :label, :expires FROM account WHERE username = :username
            """)
        .param("hash", BearerTokens.hash(token))
        .param("label", label == null ? "api" : label)
        .param("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
        .param("username", username)
        .update();
    audit.recordAs(username, "token-issued", "account", username, "label " + label);
    return new IssuedToken(token, username, expires);
  }

  /** Revokes one token by its hash; whether it was live. */
  @Transactional
  boolean revoke(String username, String tokenHash) {
    int revoked =
        jdbc.sql(
                """
                UPDATE api_token SET revoked_at = now()
                WHERE token_hash = :hash AND revoked_at IS NULL
                  AND account_id = (SELECT id FROM account WHERE username = :username)
                """)
            .param("hash", tokenHash)
            .param("username", username)
            .update();
    audit.recordAs(username, "token-revoked", "account", username, "one token");
    return revoked > 0;
  }

  /** Revokes every live token of the account; how many. */
  @Transactional
  int revokeAll(String username) {
    int revoked =
        jdbc.sql(
                """
                UPDATE api_token SET revoked_at = now()
                WHERE revoked_at IS NULL
                  AND account_id = (SELECT id FROM account WHERE username = :username)
                """)
            .param("username", username)
            .update();
    audit.recordAs(username, "tokens-revoked", "account", username, revoked + " tokens");
    return revoked;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql("SELECT * FROM account WHERE username = :username")
        .param("username", username)
        .query(
            (rs, row) ->
                User.withUsername(rs.getString("username"))
                    .password(rs.getString("password_hash"))
                    .disabled(!rs.getBoolean("enabled"))
                    .authorities(authorities(roles(rs.getArray("roles"))))
                    .build())
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
  }

  static Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getString("username"),
        rs.getString("display_name"),
        roles(rs.getArray("roles")),
        rs.getString("organisation"));
  }

  /** Spring Security's authorities for the roles. */
  static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  static Set<Role> roles(Array array) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** Too many recent failures for the account or the address. */
  static final class TooManyAttempts extends GmsException {
    TooManyAttempts() {
      super(
          Kind.TOO_MANY_REQUESTS,
          "Too many failed logins for this account or from this address: try again in a"
              + " minute.");
    }
  }

  /** Wrong user name or password; deliberately does not say which. */
  static final class BadCredentials extends GmsException {
    BadCredentials() {
      super(Kind.UNAUTHENTICATED, "Unknown user name or wrong password.");
    }
  }
}
