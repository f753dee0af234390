package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gms.server.LeasedRunWorker;
import org.gms.server.LeasedRuns;
import org.gms.server.LeasedRuns.Claim;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.database.DatabaseSettings;
import org.gms.server.ordering.OrderCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes queued runs one at a time and runs them. A run is claimed for a lease that the worker
 * renews as it reads the VCF; a run whose lease ran out (its server stopped) is taken up again. The
 * result is stored only by the attempt that holds the claim, in the same transaction that moves the
 * order on, so a run is never lost and never counted twice.
 */
@Component
class AnalysisWorker extends LeasedRunWorker {

  private static final long HEARTBEAT_MILLIS = 2_000;

  private final TransactionTemplate transactions;
  private final AnalysisSettings settings;
  private final AnalysisFiles files;
  private final Map<AnalysisKind, AnalysisJob> jobs = new EnumMap<>(AnalysisKind.class);
  private final OrderCases orders;
  private final ApplicationEventPublisher events;

  AnalysisWorker(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AnalysisSettings settings,
      AnalysisFiles files,
      List<AnalysisJob> jobs,
      OrderCases orders,
      ApplicationEventPublisher events,
      DatabaseSettings database) {
    super(
        "gms-analysis-worker",
        new LeasedRuns(jdbc, "analysis_run", "order_id", "kind"),
        "Analysis",
        settings::lease,
        database.embedded());
    this.transactions = transactions;
    this.settings = settings;
    this.files = files;
    jobs.forEach(job -> this.jobs.put(job.kind(), job));
    this.orders = orders;
    this.events = events;
  }

  @Override
  protected void run(Claim claim) {
    String by = "analysis run " + claim.id();
    RunSpec spec = JdbcAnalysisRuns.JSON.readValue(claim.spec(), RunSpec.class);
    Path vcf = files.resolve(spec.vcf());
    Heartbeat heartbeat = new Heartbeat(claim);
    AnalysisJob job = jobs.get(AnalysisKind.valueOf(claim.extra()));
    AnalysisJob.Result result = job.run(claim.id(), claim.owner(), spec, vcf, heartbeat::progress);
    complete(
        claim, result.json(), result.html(), result.summary(), by, succeeded(claim, spec, vcf));
  }

  private static RunSucceeded succeeded(Claim claim, RunSpec spec, Path vcf) {
    java.util.Map<String, String> samples = new java.util.LinkedHashMap<>();
    spec.people().forEach(p -> samples.put(p.nhsNumber(), p.sample()));
    return new RunSucceeded(claim.id(), claim.owner(), vcf.toAbsolutePath(), samples);
  }

  private void complete(
      Claim claim, String json, String html, String summary, String by, RunSucceeded event) {
    transactions.executeWithoutResult(
        status -> {
          if (queue().succeed(claim, json, html, summary)) {
            orders.analysisFinished(claim.owner(), by);
            events.publishEvent(event);
          }
        });
  }

  /** Renews the claim and records progress, every few seconds at most. */
  private final class Heartbeat {
    private final Claim claim;
    private long last;

    Heartbeat(Claim claim) {
      this.claim = claim;
    }

    void progress(long records) {
      long now = System.currentTimeMillis();
      if (now - last < HEARTBEAT_MILLIS) {
        return;
      }
      last = now;
      queue().renew(claim, settings.lease(), records);
    }
  }
}
