package org.gms.server.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Re-examines every stored case (orders in interpretation or reported) against the current
 * knowledge: each reported variant against the current ClinVar version, each unsolved case's
 * phenotype against the current HPO annotations compared with the previous ones.
 */
public interface ReanalysisJobs {

  /** Runs a job now, in this thread, calling {@code progress} as cases are examined. */
  ReanalysisJob run(String trigger, Consumer<ReanalysisJob> progress);

  /** Starts a job in the background (administrators); follow it with {@link #find}. */
  ReanalysisJob start(String trigger);

  Optional<ReanalysisJob> find(long id);

  /** The latest jobs, newest first. */
  List<ReanalysisJob> recent(int limit);
}
