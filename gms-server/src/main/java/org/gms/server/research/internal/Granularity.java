package org.gms.server.research.internal;

import java.util.Locale;
import org.gms.server.GmsException;
import org.gms.server.account.Actor;
import org.gms.server.account.Role;

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

  /** The highest granularity the caller may have: records for researchers, booleans otherwise. */
  static Granularity allowed(Actor actor) {
    return actor.has(Role.RESEARCHER) ? RECORD : BOOLEAN;
  }

  /** What the caller gets: what they asked for (default: all they may have), capped. */
  static Granularity granted(String requested, Actor actor) {
    Granularity allowed = allowed(actor);
    if (requested == null || requested.isBlank()) {
      return allowed;
    }
    Granularity asked = parse(requested);
    return asked.compareTo(allowed) <= 0 ? asked : allowed;
  }
}
