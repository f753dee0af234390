package org.gms.server.audit.internal;

import org.gms.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The single writer of the hash chain: every {@value #INTERVAL_MILLIS} ms it links the events that
 * requests have queued. One writer, in batches, is what lets requests record without waiting for
 * each other; at shutdown it links what is left.
 */
@Component
class AuditLinker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AuditLinker.class);
  static final long INTERVAL_MILLIS = 100;

  private final AuditLog audit;
  private volatile Thread thread;

  AuditLinker(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void start() {
    thread = new Thread(this::loop, "gms-audit-linker");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
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
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  /** Stops before the database does, so the last events are linked. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }

  private void loop() {
    while (thread == Thread.currentThread()) {
      try {
        audit.flush();
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (thread == Thread.currentThread()) {
          LOG.warn("Audit linking failed, retrying: {}", e.toString());
          try {
            Thread.sleep(INTERVAL_MILLIS * 10);
          } catch (InterruptedException stop) {
            return;
          }
        }
      }
    }
  }
}
