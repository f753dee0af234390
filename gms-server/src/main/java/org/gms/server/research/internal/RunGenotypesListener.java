package org.gms.server.research.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchGenotypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Loads the genotypes of every succeeded analysis run into the research genotype store, once the
 * run's result is committed. All sequenced patients are loaded; consent is applied when a question
 * is answered.
 */
@Component
class RunGenotypesListener {

  private static final Logger LOG = LoggerFactory.getLogger(RunGenotypesListener.class);

  private final ResearchGenotypes genotypes;

  RunGenotypesListener(ResearchGenotypes genotypes) {
    this.genotypes = genotypes;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(RunSucceeded run) {
    Map<NhsNumber, String> samples = new LinkedHashMap<>();
    run.samples().forEach((nhs, sample) -> samples.put(new NhsNumber(nhs), sample));
    try {
      ResearchGenotypes.Loaded loaded =
          genotypes.loadVcf("analysis run " + run.runId(), run.vcf(), samples);
      LOG.info(
          "Research genotypes: analysis run {} loaded ({} individuals, {} variants{})",
          run.runId(),
          loaded.individuals(),
          loaded.variants(),
          loaded.alreadyLoaded() ? ", already loaded" : "");
    } catch (RuntimeException e) {
      // the run's result stands; its genotypes are missing from research answers until reloaded
      LOG.error("Research genotypes: analysis run {} could not be loaded", run.runId(), e);
    }
  }
}
