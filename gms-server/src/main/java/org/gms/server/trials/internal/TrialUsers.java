package org.gms.server.trials.internal;

import java.util.Arrays;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.springframework.stereotype.Component;

/** The trials feature's rules on who may act, on {@link Accounts#actor()}. */
@Component
class TrialUsers {

  private final Accounts accounts;

  TrialUsers(Accounts accounts) {
    this.accounts = accounts;
  }

  String name() {
    return accounts.actor().name();
  }

  boolean system() {
    return accounts.actor().isSystem();
  }

  Optional<Account> account() {
    return system() ? Optional.empty() : accounts.find(name());
  }

  /** Imports and curation: administrators, or the system itself. */
  void requireAdministratorOrSystem(String what) {
    if (!system() && account().filter(a -> a.has(Role.ADMINISTRATOR)).isEmpty()) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only administrators " + what + "; you are " + name() + ".");
    }
  }

  /** The logged-in user with one of the roles. */
  Account require(String what, Role... roles) {
    if (system()) {
      throw new GmsException(GmsException.Kind.UNAUTHENTICATED, "Log in to " + what + ".");
    }
    return account()
        .filter(a -> Arrays.stream(roles).anyMatch(a::has))
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.FORBIDDEN,
                    "To "
                        + what
                        + " you need the role "
                        + String.join(
                            " or ",
                            Arrays.stream(roles)
                                .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                                .toList())
                        + "; "
                        + name()
                        + " has not."));
  }
}
