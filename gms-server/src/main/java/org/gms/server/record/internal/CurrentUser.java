package org.gms.server.record.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is doing it: the logged-in user, or {@code system} (start-up, demo loading). */
final class CurrentUser {

  private CurrentUser() {}

  static String name() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        ? "system"
        : authentication.getName();
  }
}
