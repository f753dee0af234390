package org.gms.server.oncology.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.oncology.CancerCases;
import org.gms.server.oncology.TumourSampleType;
import org.springframework.stereotype.Service;

/** {@link CancerCases} over the feature's stores, as the controller uses them. */
@Service
class CancerCaseService implements CancerCases {

  private final CaseStore cases;
  private final SomaticRuns runs;
  private final Board board;
  private final CancerReports reports;

  CancerCaseService(CaseStore cases, SomaticRuns runs, Board board, CancerReports reports) {
    this.cases = cases;
    this.runs = runs;
    this.board = board;
    this.reports = reports;
  }

  @Override
  public long open(
      long orderId, String oncotreeCode, String histology, String primarySite, String stage) {
    return cases.open(orderId, oncotreeCode, histology, primarySite, stage).id();
  }

  @Override
  public Optional<Long> caseOfOrder(long orderId) {
    return cases.forOrder(orderId).map(CancerCase::id);
  }

  @Override
  public long receiveSample(
      long caseId,
      TumourSampleType type,
      String barcode,
      Integer cellularityPercent,
      Long germlineSampleId,
      LocalDate collectedOn) {
    return cases
        .receive(caseId, type, barcode, cellularityPercent, germlineSampleId, collectedOn)
        .id();
  }

  @Override
  public long startRun(
      long caseId, long sampleId, InputStream vcf, String fileName, Double targetMb) {
    CancerCase c = cases.visibleOrThrow(caseId);
    String stored = runs.store(vcf, fileName);
    return runs.start(
            caseId,
            sampleId,
            new SomaticSpec(stored, null, null, null, null, null, targetMb, c.oncotreeCode()))
        .id();
  }

  @Override
  public String runState(long runId) {
    SomaticRun run =
        runs.find(runId)
            .orElseThrow(() -> new GmsException(GmsException.Kind.NOT_FOUND, "No run " + runId));
    return run.state() + (run.message() == null ? "" : ": " + run.message());
  }

  @Override
  public List<String> actionableFindings(long caseId) {
    return board.view(caseId).findings().stream()
        .filter(f -> f.finding().actionable())
        .map(f -> f.finding().key())
        .toList();
  }

  @Override
  public void decide(long caseId, String findingKey, String decision, String comment) {
    board.decide(caseId, findingKey, decision, comment);
  }

  @Override
  public long authorise(long caseId) {
    return reports.authorise(caseId).id();
  }
}
