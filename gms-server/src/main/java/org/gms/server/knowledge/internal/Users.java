package org.gms.server.knowledge.internal;

import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.springframework.stereotype.Component;

/**
 * Re-analysis's rules on who may act (administrators, or the system itself), on {@link
 * Accounts#actor()}.
 */
@Component
class Users {

  private final Accounts accounts;

  Users(Accounts accounts) {
    this.accounts = accounts;
  }

  String name() {
    return accounts.actor().name();
  }

  private boolean loggedIn() {
    return !accounts.actor().isSystem();
  }

  /** Imports and batch jobs: administrators, or the system itself (no one logged in). */
  void requireAdministratorOrSystem(String what) {
    if (loggedIn() && accounts.find(name()).filter(a -> a.has(Role.ADMINISTRATOR)).isEmpty()) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only administrators " + what + "; you are " + name() + ".");
    }
  }

  /** The logged-in laboratory scientist, whose laboratory is their organisation. */
  Account scientist() {
    if (!loggedIn()) {
      throw new GmsException(
          GmsException.Kind.UNAUTHENTICATED, "Log in to work with re-analysis alerts.");
    }
    return accounts
        .find(name())
        .filter(a -> a.has(Role.LABORATORY_SCIENTIST))
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.FORBIDDEN,
                    "Re-analysis alerts are for laboratory scientists; "
                        + name()
                        + " is not one."));
  }
}
