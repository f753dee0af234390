package org.gms.server.account;

import java.util.Set;

/**
 * A person who can log in.
 *
 * @param username lower-case login name (3-64 of a-z, 0-9, '.', '_', '-')
 * @param displayName name shown in the UI
 * @param roles at least one role
 * @param organisation the hospital trust or laboratory hub the person works for
 */
public record Account(String username, String displayName, Set<Role> roles, String organisation) {

  public Account {
    if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
      throw new IllegalArgumentException(
          "Username must be 3-64 characters of a-z, 0-9, '.', '_' or '-'; got '" + username + "'");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("Account " + username + " needs at least one role");
    }
    roles = Set.copyOf(roles);
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    if (organisation == null || organisation.isBlank()) {
      throw new IllegalArgumentException("Account " + username + " needs an organisation");
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
