package org.gms.server.audit.internal;

import org.gms.server.PollingThread;
import org.gms.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The single writer of the hash chain: every {@value #INTERVAL_MILLIS} ms it links the events that
 * requests have queued. One writer, in batches, is what lets requests record without waiting for
 * each other; at shutdown it links what is left.
 */
@Component
class AuditLinker extends PollingThread {

  private static final Logger LOG = LoggerFactory.getLogger(AuditLinker.class);
  static final long INTERVAL_MILLIS = 100;

  private final AuditLog audit;

  AuditLinker(AuditLog audit) {
    super("gms-audit-linker", INTERVAL_MILLIS * 10);
    this.audit = audit;
  }

  @Override
  protected void poll() throws InterruptedException {
    audit.flush();
    Thread.sleep(INTERVAL_MILLIS);
  }

  @Override
  protected void failed(RuntimeException e) {
    LOG.warn("Audit linking failed, retrying: {}", e.toString());
  }

  /** Waits for the last round, then links what is still queued. */
  @Override
  protected void stopping(Thread running) {
    try {
      running.join(5_000);
      audit.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn(
          "Audit events left queued at shutdown are linked at the next start: {}", e.toString());
    }
  }

  /** Stops before the database does, so the last events are linked. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
