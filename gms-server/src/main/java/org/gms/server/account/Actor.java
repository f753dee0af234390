package org.gms.server.account;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting: the logged-in user (an account of the platform, or an authenticated caller that is
 * not one, such as an anonymous Beacon client), or the platform itself ({@link #SYSTEM}: start-up,
 * background work, the command line). Features learn it from {@link Accounts#actor()} only.
 *
 * @param name the user name recorded with what they do; {@link #SYSTEM} for the platform
 * @param account their account, when they have one
 */
public record Actor(String name, Optional<Account> account) {

  /** The name the platform acts under when no one is logged in. */
  public static final String SYSTEM = "system";

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(account, "account");
  }

  public static Actor system() {
    return new Actor(SYSTEM, Optional.empty());
  }

  /** No one is logged in: the platform acts for itself. */
  public boolean isSystem() {
    return name.equals(SYSTEM) && account.isEmpty();
  }

  /** Whether their account has the role (the platform itself has none). */
  public boolean has(Role role) {
    return account.filter(a -> a.has(role)).isPresent();
  }

  /** Their account's organisation. */
  public Optional<String> organisation() {
    return account.map(Account::organisation);
  }
}
