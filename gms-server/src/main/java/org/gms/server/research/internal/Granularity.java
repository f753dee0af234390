package org.gms.server.research.internal;

import java.util.Locale;
import org.gms.server.GmsException;
import org.gms.server.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How much a Beacon answer tells, and how much a caller may have: anonymous callers and logged-in
 * users without the researcher role get boolean answers; researchers get count and record answers
 * (record is their default). Kept apart from the queries so the access rule is in one place.
 */
enum Granularity {
  BOOLEAN,
  COUNT,
  RECORD;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Granularity parse(String text) {
    for (Granularity g : values()) {
      if (g.id().equalsIgnoreCase(text.strip())) {
        return g;
      }
    }
    throw new GmsException(
        "requestedGranularity '" + text + "' is not one of boolean, count, record.");
  }

  /** The highest granularity the caller may have. */
  static Granularity allowed() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.isAuthenticated()
        && auth.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.RESEARCHER.name()))) {
      return RECORD;
    }
    return BOOLEAN;
  }

  /** What the caller gets: what they asked for (default: all they may have), capped. */
  static Granularity granted(String requested) {
    Granularity allowed = allowed();
    if (requested == null || requested.isBlank()) {
      return allowed;
    }
    Granularity asked = parse(requested);
    return asked.compareTo(allowed) <= 0 ? asked : allowed;
  }
}
