package org.gms.server.record;

/** How a relative is related to a patient: the relative is the patient's mother, father, ... */
public enum Relationship {
  MOTHER,
  FATHER,
  SIBLING,
  CHILD,
  OTHER
}
