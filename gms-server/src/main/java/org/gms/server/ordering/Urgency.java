package org.gms.server.ordering;

/** How soon the result is needed; urgent requests have their own turnaround target. */
public enum Urgency {
  ROUTINE,
  URGENT
}
