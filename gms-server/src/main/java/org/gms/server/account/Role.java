package org.gms.server.account;

/** What a person does in the service; each role opens a different part of the platform. */
public enum Role {
  CLINICIAN,
  LABORATORY_SCIENTIST,
  RESEARCHER,
  ADMINISTRATOR,
  /**
   * A laboratory manager or commissioner: reads the management dashboard (activity, turnaround,
   * equity) and the orders behind its figures, without patient identities.
   */
  SERVICE_MANAGER;

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
