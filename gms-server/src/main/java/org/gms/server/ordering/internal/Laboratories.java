package org.gms.server.ordering.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The genomic laboratory hubs an order may be sent to: those configured ({@code gms.laboratories},
 * comma-separated) and every organisation with a laboratory scientist account, so that an order
 * always lands in some laboratory's work queue. Names are matched ignoring case and spacing and
 * stored as listed.
 */
@Component
class Laboratories {

  private final Accounts accounts;
  private final List<String> configured;

  Laboratories(Accounts accounts, @Value("${gms.laboratories:}") String configured) {
    this.accounts = accounts;
    this.configured =
        Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Every laboratory, sorted by name. */
  List<String> all() {
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(configured);
    for (Account account : accounts.all()) {
      if (account.has(Role.LABORATORY_SCIENTIST)) {
        names.add(account.organisation());
      }
    }
    return List.copyOf(names);
  }

  /** The laboratory as listed, for a name as typed. */
  Optional<String> find(String name) {
    String wanted = normalise(name);
    return all().stream().filter(l -> normalise(l).equals(wanted)).findFirst();
  }

  private static String normalise(String name) {
    return name == null
        ? ""
        : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
