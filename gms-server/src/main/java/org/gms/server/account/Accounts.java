package org.gms.server.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Creates and finds accounts and issues API tokens. */
public interface Accounts {

  /** Creates the account, or changes its password and roles if it exists. */
  Account save(Account account, String password);

  Optional<Account> find(String username);

  List<Account> all();

  /**
   * The account of the logged-in user; empty when no one is logged in (start-up, demo loading,
   * background work) or the caller is not a platform account.
   */
  Optional<Account> current();

  /**
   * Who is acting now: the logged-in user with their account (roles, organisation), or the system.
   * The one way a feature learns it.
   */
  Actor actor();

  /**
   * Issues a bearer token for the account after checking its password. The token is shown once:
   * only its hash is stored.
   */
  IssuedToken issueToken(String username, String password, String label, Duration validity);
}
