package org.gms.server.knowledge.internal;

import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting: a logged-in account, or {@code system} (the command line, start-up). */
@Component
class Users {

  private final Accounts accounts;

  Users(Accounts accounts) {
    this.accounts = accounts;
  }

  String name() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        ? "system"
        : authentication.getName();
  }

  private boolean loggedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.isAuthenticated();
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
