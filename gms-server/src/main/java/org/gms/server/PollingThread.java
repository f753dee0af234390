package org.gms.server;

import org.springframework.context.SmartLifecycle;

/**
 * A daemon thread that does one round of work after another while the application runs. The
 * features' background workers (the analysis queue, the audit chain) share it so they start and
 * stop the same way: stopping interrupts the thread out of any wait and it ends at its next check;
 * a failed round (the database may be going away at shutdown) is reported and retried after a
 * pause. It lives here, outside the features, because features may only use each other's APIs.
 */
public abstract class PollingThread implements SmartLifecycle {

  private final String name;
  private final long retryMillis;
  private volatile Thread thread;

  /**
   * @param name the thread's name, as thread dumps and logs show it
   * @param retryMillis the pause after a failed round
   */
  protected PollingThread(String name, long retryMillis) {
    this.name = name;
    this.retryMillis = retryMillis;
  }

  /** One round of work; it waits itself when there is nothing to do. */
  protected abstract void poll() throws InterruptedException;

  /** Reports a round that failed while running; the next round comes after the pause. */
  protected abstract void failed(RuntimeException e);

  /** Finishes what must not be left undone once the thread is told to stop (default: nothing). */
  protected void stopping(Thread running) {}

  @Override
  public void start() {
    Thread started = new Thread(this::loop, name);
    started.setDaemon(true);
    thread = started;
    started.start();
  }

  @Override
  public void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
      stopping(running);
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void loop() {
    while (thread == Thread.currentThread()) {
      try {
        poll();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (thread == Thread.currentThread()) {
          failed(e);
          try {
            Thread.sleep(retryMillis);
          } catch (InterruptedException stop) {
            return;
          }
        }
      }
    }
  }
}
