package org.gms.server.account;

import java.util.List;
import java.util.Set;

/** The demo accounts `./gms demo` creates: one per role, with published demo passwords. */
public final class DemoAccounts {

  /** A demo account with its password. */
  public record DemoAccount(Account account, String password) {}

  public static final List<DemoAccount> ALL =
      List.of(
          demo("clinician", "Dr Clare Clinician", Role.CLINICIAN, "Demo NHS Trust"),
          demo(
              "scientist",
              "Sam Scientist",
              Role.LABORATORY_SCIENTIST,
              "Demo Genomic Laboratory Hub"),
          demo("researcher", "Rita Researcher", Role.RESEARCHER, "Demo Research Network"),
          demo("admin", "Ada Administrator", Role.ADMINISTRATOR, "GMS Operations"),
          demo("manager", "Max Manager", Role.SERVICE_MANAGER, "GMS Commissioning"));

  private DemoAccounts() {}

  private static DemoAccount demo(String user, String name, Role role, String organisation) {
    return new DemoAccount(
        new Account(user, name, Set.of(role), organisation), user + "-demo-password");
  }
}
