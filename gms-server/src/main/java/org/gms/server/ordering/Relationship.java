package org.gms.server.ordering;

/** How a family member tested with the proband is related to them. */
public enum Relationship {
  MOTHER,
  FATHER,
  SIBLING,
  CHILD,
  OTHER
}
