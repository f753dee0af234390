package org.gms.genomics.annotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * Reads records in batches on the calling thread, annotates the batches on a worker pool and hands
 * them back in input order, with at most two batches per thread in flight so memory stays bounded.
 *
 * @param reader the records
 * @param pool the workers
 * @param threads how many workers the pool has
 * @param counts the records read and annotated, for the summary and the progress
 * @param progress told after every batch written
 */
record BatchPipeline(
    VcfReader reader,
    ExecutorService pool,
    int threads,
    AnnotationCounts counts,
    VcfAnnotation.Progress progress) {

  private static final int BATCH = 1_000;

  /** Annotates one batch on a worker. */
  interface BatchWork<T> {
    T annotate(List<VcfRecord> batch);
  }

  /** Writes one annotated batch, on the reading thread, in input order. */
  interface BatchSink<T> {
    void write(List<VcfRecord> batch, T result);
  }

  private record Pending<T>(List<VcfRecord> batch, Future<T> result) {}

  /** Annotates every record: each batch by the work on a worker, then written by the sink. */
  <T> void run(BatchWork<T> work, BatchSink<T> sink) throws InterruptedException {
    Deque<Pending<T>> inFlight = new ArrayDeque<>();
    List<VcfRecord> batch = new ArrayList<>(BATCH);
    for (VcfRecord record = reader.read(); record != null; record = reader.read()) {
      counts.records++;
      batch.add(record);
      if (batch.size() == BATCH) {
        List<VcfRecord> full = batch;
        inFlight.add(new Pending<>(full, pool.submit(() -> work.annotate(full))));
        batch = new ArrayList<>(BATCH);
        while (inFlight.size() > 2 * threads) {
          drain(inFlight.poll(), sink);
          progress.update(counts.records, counts.annotated());
        }
      }
    }
    if (!batch.isEmpty()) {
      List<VcfRecord> last = batch;
      inFlight.add(new Pending<>(last, pool.submit(() -> work.annotate(last))));
    }
    while (!inFlight.isEmpty()) {
      drain(inFlight.poll(), sink);
      progress.update(counts.records, counts.annotated());
    }
  }

  private static <T> void drain(Pending<T> pending, BatchSink<T> sink) throws InterruptedException {
    try {
      sink.write(pending.batch(), pending.result().get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
