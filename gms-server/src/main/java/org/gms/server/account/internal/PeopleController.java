package org.gms.server.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Display names for the user names pages show (who requested, moved, authorised): {@code GET
 * /api/people?usernames=dr.flow,lab.flow} answers each known one with its display name and
 * organisation; names that are no account (a system step such as "analysis run 12") are left out.
 */
@RestController
class PeopleController {

  private static final int MAX = 200;

  private final Accounts accounts;

  PeopleController(Accounts accounts) {
    this.accounts = accounts;
  }

  record Person(String displayName, String organisation) {}

  @GetMapping("/api/people")
  Map<String, Person> people(@RequestParam List<String> usernames) {
    if (usernames.size() > MAX) {
      throw new GmsException("usernames: at most " + MAX + " at once, not " + usernames.size());
    }
    Map<String, Person> people = new LinkedHashMap<>();
    for (String username : usernames) {
      accounts
          .find(username.strip())
          .map((Account a) -> new Person(a.displayName(), a.organisation()))
          .ifPresent(p -> people.put(username.strip(), p));
    }
    return people;
  }
}
