package org.gms.server.account.internal;

import org.gms.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection for logins. More than {@value #PER_ACCOUNT} failed logins for one account,
 * or {@value #PER_ADDRESS} from one client address, within {@value #WINDOW_SECONDS} seconds refuse
 * further attempts for that account or address without checking the password, until the window has
 * passed. Failures and refusals are recorded, with their audit events, in a transaction of their
 * own, so the refusal that follows does not roll them back.
 */
@Component
class LoginThrottle {

  static final int PER_ACCOUNT = 10;
  static final int PER_ADDRESS = 50;
  static final int WINDOW_SECONDS = 60;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate separately;

  LoginThrottle(JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether the account or the address has had too many recent failures. */
  boolean throttled(String username, String address) {
    long forAccount =
        jdbc.sql(
                "SELECT count(*) FROM login_failure WHERE username = :username"
                    + " AND at > now() - make_interval(secs => :window)")
            .param("username", username)
            .param("window", WINDOW_SECONDS)
            .query(Long.class)
            .single();
    if (forAccount >= PER_ACCOUNT) {
      return true;
    }
    if (address == null) {
      return false;
    }
    long forAddress =
        jdbc.sql(
                "SELECT count(*) FROM login_failure WHERE address = :address"
                    + " AND at > now() - make_interval(secs => :window)")
            .param("address", address)
            .param("window", WINDOW_SECONDS)
            .query(Long.class)
            .single();
    return forAddress >= PER_ADDRESS;
  }

  /**
   * Records a wrong password (counted by the throttle) and its audit event, committed whatever
   * happens to the caller's transaction.
   */
  void failed(String username, String address, String channel) {
    separately.executeWithoutResult(
        status -> {
          jdbc.sql("DELETE FROM login_failure WHERE at < now() - interval '1 day'").update();
          jdbc.sql("INSERT INTO login_failure (username, address) VALUES (:username, :address)")
              .param("username", username)
              .param("address", address)
              .update();
          audit.recordAs(username, channel + "-refused", "account", username, from(address));
        });
  }

  /**
   * Records, in a transaction of its own, an attempt refused by the throttle without checking its
   * password. Not counted as a failure: the account opens again a window after the last wrong
   * password.
   */
  void throttledAttempt(String username, String address, String channel) {
    separately.executeWithoutResult(
        status ->
            audit.recordAs(
                username,
                channel + "-throttled",
                "account",
                username,
                "too many failed logins" + from(address)));
  }

  private static String from(String address) {
    return address == null ? "" : " from " + address;
  }
}
