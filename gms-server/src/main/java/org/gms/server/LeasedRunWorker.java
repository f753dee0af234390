package org.gms.server;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.gms.genomics.GenomicsException;
import org.gms.server.LeasedRuns.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker that takes the runs of one {@link LeasedRuns} table one at a time: the analysis runs and
 * the somatic runs are claimed, run and failed the same way. A round claims the oldest run for the
 * lease (or waits a moment when there is none) and runs it; a run that fails on its input (a {@link
 * GenomicsException}, a {@link GmsException} or an {@link IllegalArgumentException}) is failed with
 * that message for the user, any other failure with a pointer to the server log. On the embedded
 * database the process is the only worker, so a run still marked running when it starts was cut off
 * by a crash and is taken up again at once, as the next attempt. It lives here, outside the
 * features, because features may only use each other's APIs.
 */
public abstract class LeasedRunWorker extends PollingThread {

  private static final long IDLE_MILLIS = 500;

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final LeasedRuns queue;
  private final String what;
  private final Supplier<Duration> lease;
  private final boolean embedded;

  /**
   * @param thread the thread's name
   * @param what whose runs they are, as the log names them (e.g. "Analysis")
   * @param lease how long a claim lasts unless renewed
   * @param embedded whether the database is the embedded one, this process its only worker
   */
  protected LeasedRunWorker(
      String thread, LeasedRuns queue, String what, Supplier<Duration> lease, boolean embedded) {
    super(thread, IDLE_MILLIS * 4);
    this.queue = queue;
    this.what = what;
    this.lease = lease;
    this.embedded = embedded;
  }

  /** The table's runs, for storing a result or renewing a claim. */
  protected final LeasedRuns queue() {
    return queue;
  }

  /** Runs the claimed run and stores its result; throws when it fails. */
  protected abstract void run(Claim claim);

  @Override
  public void start() {
    if (embedded) {
      queue
          .releaseInterrupted()
          .forEach(
              id ->
                  log.warn(
                      "{} run {} was running when the platform stopped; it is run again",
                      what,
                      id));
    }
    super.start();
  }

  @Override
  protected final void poll() throws InterruptedException {
    Optional<Claim> claim = queue.claim(lease.get());
    if (claim.isPresent()) {
      runOrFail(claim.get());
    } else {
      Thread.sleep(IDLE_MILLIS);
    }
  }

  @Override
  protected void failed(RuntimeException e) {
    log.warn("{} worker: {}", what, e.toString());
  }

  private void runOrFail(Claim claim) {
    try {
      run(claim);
    } catch (GenomicsException | GmsException | IllegalArgumentException e) {
      queue.fail(claim, e.getMessage());
    } catch (RuntimeException e) {
      log.error("{} run {} failed", what, claim.id(), e);
      queue.fail(
          claim, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    }
  }
}
