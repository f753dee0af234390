package org.gms.server.consent;

/** A patient's decision; withdrawn ends an earlier agreement. */
public enum Decision {
  GIVEN,
  DECLINED,
  WITHDRAWN;

  /** Whether the decision allows what it is about. */
  public boolean allows() {
    return this == GIVEN;
  }
}
