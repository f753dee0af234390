package org.gms.server.oncology;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Cancer cases worked through as the logged-in user, as the web pages and API do: open a case on a
 * cancer test order, receive samples, start a somatic run of a tumour VCF, record the tumour
 * board's decisions and authorise the report. Each method checks the user's roles and visibility as
 * the API does and is audited.
 */
public interface CancerCases {

  /** Opens the case of a cancer (M-code) test order; returns its id. */
  long open(long orderId, String oncotreeCode, String histology, String primarySite, String stage);

  /** The case of an order, if it has one. */
  Optional<Long> caseOfOrder(long orderId);

  /** Records a received sample of the case; returns its id. */
  long receiveSample(
      long caseId,
      TumourSampleType type,
      String barcode,
      Integer cellularityPercent,
      Long germlineSampleId,
      LocalDate collectedOn);

  /**
   * Stores the tumour VCF and queues its somatic analysis for the sample; returns the run's id.
   *
   * @param targetMb the sequenced territory for TMB, in megabases, or null when unknown
   */
  long startRun(long caseId, long sampleId, InputStream vcf, String fileName, Double targetMb);

  /** The run's state: QUEUED, RUNNING, SUCCEEDED or FAILED (with its message after a colon). */
  String runState(long runId);

  /** The keys of the latest run's findings of tier I and II, tier I first. */
  List<String> actionableFindings(long caseId);

  /** Records a decision: REPORTED, NOT_REPORTED or COMMENT. */
  void decide(long caseId, String findingKey, String decision, String comment);

  /** Authorises the report; returns its id. */
  long authorise(long caseId);
}
