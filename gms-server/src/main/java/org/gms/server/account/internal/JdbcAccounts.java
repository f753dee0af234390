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

  JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
  }

  @Override
  @Transactional
  public Account save(Account account, String password) {
    if (password == null || password.length() < 12) {
      throw new GmsException(
          "The password for " + account.username() + " must have at least 12 characters");
    }
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
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        ? Optional.empty()
        : find(authentication.getName());
  }

  @Override
  public List<Account> all() {
    return jdbc.sql("SELECT * FROM account ORDER BY username").query(JdbcAccounts::account).list();
  }

  @Override
  @Transactional
  public IssuedToken issueToken(String username, String password, String label, Duration validity) {
    Optional<String> hash =
        jdbc.sql("SELECT password_hash FROM account WHERE username = :username AND enabled")
            .param("username", username == null ? "" : username)
            .query(String.class)
            .optional();
    if (hash.isEmpty() || password == null || !passwords.matches(password, hash.get())) {
      audit.recordAs(
          username == null ? "" : username, "token-refused", "account", "" + username, "");
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

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql("SELECT * FROM account WHERE username = :username")
        .param("username", username)
        .query(
            (rs, row) ->
                User.withUsername(rs.getString("username"))
                    .password(rs.getString("password_hash"))
                    .disabled(!rs.getBoolean("enabled"))
                    .authorities(
                        roles(rs.getArray("roles")).stream()
                            .map(r -> new SimpleGrantedAuthority(r.authority()))
                            .toList())
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

  static Set<Role> roles(Array array) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** Wrong user name or password; deliberately does not say which. */
  static final class BadCredentials extends GmsException {
    BadCredentials() {
      super(Kind.UNAUTHENTICATED, "Unknown user name or wrong password.");
    }
  }
}
