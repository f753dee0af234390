package org.gms.server.research.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchGenotypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Loads the genotypes of every succeeded analysis run into the research genotype store, once the
 * run's result is committed. All sequenced patients are loaded; consent is applied when a question
 * is answered. At each start, runs whose load was missed (a stop between the run's commit and its
 * load, or a load that failed) are loaded.
 */
@Component
class RunGenotypesListener {

  private static final Logger LOG = LoggerFactory.getLogger(RunGenotypesListener.class);

  private final GenotypeIndex genotypes;
  private final AnalysisRuns runs;

  RunGenotypesListener(GenotypeIndex genotypes, AnalysisRuns runs) {
    this.genotypes = genotypes;
    this.runs = runs;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    catchUp();
  }

  /** Loads every succeeded run not loaded yet; returns how many were loaded now. */
  int catchUp() {
    Set<String> done = genotypes.loadedSources();
    int loaded = 0;
    for (RunSucceeded run : runs.succeeded()) {
      if (!done.contains(source(run))) {
        loaded += load(run) ? 1 : 0;
      }
    }
    if (loaded > 0) {
      LOG.info("Research genotypes: {} analysis runs loaded that had been missed", loaded);
    }
    return loaded;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(RunSucceeded run) {
    load(run);
  }

  private static String source(RunSucceeded run) {
    return "analysis run " + run.runId();
  }

  /** Whether the run's genotypes were loaded now (false: loaded before, or failed). */
  private boolean load(RunSucceeded run) {
    Map<NhsNumber, String> samples = new LinkedHashMap<>();
    run.samples().forEach((nhs, sample) -> samples.put(new NhsNumber(nhs), sample));
    try {
      ResearchGenotypes.Loaded loaded = genotypes.loadVcf(source(run), run.vcf(), samples);
      LOG.info(
          "Research genotypes: analysis run {} loaded ({} individuals, {} variants{})",
          run.runId(),
          loaded.individuals(),
          loaded.variants(),
          loaded.alreadyLoaded() ? ", already loaded" : "");
      return !loaded.alreadyLoaded();
    } catch (RuntimeException e) {
      // the run's result stands; its genotypes are missing from research answers until the next
      // start loads them
      LOG.error("Research genotypes: analysis run {} could not be loaded", run.runId(), e);
      return false;
    }
  }
}
