package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.server.GmsException;
import org.gms.server.PollingThread;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.database.DatabaseSettings;
import org.gms.server.ordering.OrderCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
class AnalysisWorker extends PollingThread {

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisWorker.class);
  private static final long IDLE_MILLIS = 500;
  private static final long HEARTBEAT_MILLIS = 2_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AnalysisSettings settings;
  private final AnalysisFiles files;
  private final Map<AnalysisKind, AnalysisJob> jobs = new EnumMap<>(AnalysisKind.class);
  private final OrderCases orders;
  private final ApplicationEventPublisher events;
  private final DatabaseSettings database;

  AnalysisWorker(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AnalysisSettings settings,
      AnalysisFiles files,
      List<AnalysisJob> jobs,
      OrderCases orders,
      ApplicationEventPublisher events,
      DatabaseSettings database) {
    super("gms-analysis-worker", IDLE_MILLIS * 4);
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.settings = settings;
    this.files = files;
    jobs.forEach(job -> this.jobs.put(job.kind(), job));
    this.orders = orders;
    this.events = events;
    this.database = database;
  }

  /**
   * On the embedded database this process is the only worker (the database belongs to one
   * platform), so a run still marked RUNNING was cut off by a crash: it is taken up again at once,
   * as the next attempt, instead of after its lease.
   */
  @Override
  public void start() {
    if (database.embedded()) {
      jdbc.sql(
              """
              UPDATE analysis_run SET claimed_until = clock_timestamp()
              WHERE state = 'RUNNING' AND claimed_until > clock_timestamp()
              RETURNING id
              """)
          .query(Long.class)
          .list()
          .forEach(
              id ->
                  LOG.warn(
                      "Analysis run {} was running when the platform stopped; it is run again",
                      id));
    }
    super.start();
  }

  /** A claimed run. */
  record Claim(long id, int attempt, long orderId, String kind, String spec) {}

  @Override
  protected void poll() throws InterruptedException {
    Optional<Claim> claim = claim();
    if (claim.isPresent()) {
      run(claim.get());
    } else {
      Thread.sleep(IDLE_MILLIS);
    }
  }

  @Override
  protected void failed(RuntimeException e) {
    LOG.warn("Analysis worker: {}", e.toString());
  }

  Optional<Claim> claim() {
    return jdbc.sql(
            """
            UPDATE analysis_run
            SET state = 'RUNNING', attempt = attempt + 1,
                claimed_until = clock_timestamp() + make_interval(secs => :lease)
            WHERE id = (
              SELECT id FROM analysis_run
              WHERE state = 'QUEUED' OR (state = 'RUNNING' AND claimed_until < clock_timestamp())
              ORDER BY id
              LIMIT 1
              FOR UPDATE SKIP LOCKED)
            RETURNING id, attempt, order_id, kind, spec::text AS spec
            """)
        .param("lease", settings.lease().toSeconds())
        .query(
            (rs, row) ->
                new Claim(
                    rs.getLong("id"),
                    rs.getInt("attempt"),
                    rs.getLong("order_id"),
                    rs.getString("kind"),
                    rs.getString("spec")))
        .optional();
  }

  private void run(Claim claim) {
    String by = "analysis run " + claim.id();
    try {
      RunSpec spec = JdbcAnalysisRuns.JSON.readValue(claim.spec(), RunSpec.class);
      Path vcf = files.resolve(spec.vcf());
      Heartbeat heartbeat = new Heartbeat(claim);
      AnalysisJob job = jobs.get(AnalysisKind.valueOf(claim.kind()));
      AnalysisJob.Result result =
          job.run(claim.id(), claim.orderId(), spec, vcf, heartbeat::progress);
      complete(
          claim, result.json(), result.html(), result.summary(), by, succeeded(claim, spec, vcf));
    } catch (GenomicsException | GmsException | IllegalArgumentException e) {
      fail(claim, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Analysis run {} failed", claim.id(), e);
      fail(claim, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    }
  }

  private static RunSucceeded succeeded(Claim claim, RunSpec spec, Path vcf) {
    java.util.Map<String, String> samples = new java.util.LinkedHashMap<>();
    spec.people().forEach(p -> samples.put(p.nhsNumber(), p.sample()));
    return new RunSucceeded(claim.id(), claim.orderId(), vcf.toAbsolutePath(), samples);
  }

  private void complete(
      Claim claim, String json, String html, String summary, String by, RunSucceeded event) {
    transactions.executeWithoutResult(
        status -> {
          int stored =
              jdbc.sql(
                      """
                      UPDATE analysis_run
                      SET state = 'SUCCEEDED', result_json = CAST(:json AS jsonb),
                          result_html = :html, message = :summary, finished_at = clock_timestamp()
                      WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'
                      """)
                  .param("json", json)
                  .param("html", html)
                  .param("summary", summary)
                  .param("id", claim.id())
                  .param("attempt", claim.attempt())
                  .update();
          if (stored == 1) {
            orders.analysisFinished(claim.orderId(), by);
            events.publishEvent(event);
          }
        });
  }

  private void fail(Claim claim, String message) {
    jdbc.sql(
            """
            UPDATE analysis_run
            SET state = 'FAILED', message = :message, finished_at = clock_timestamp()
            WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'
            """)
        .param("message", message == null ? "failed" : message)
        .param("id", claim.id())
        .param("attempt", claim.attempt())
        .update();
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
      jdbc.sql(
              """
              UPDATE analysis_run
              SET progress = :records,
                  claimed_until = clock_timestamp() + make_interval(secs => :lease)
              WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'
              """)
          .param("records", records)
          .param("lease", settings.lease().toSeconds())
          .param("id", claim.id())
          .param("attempt", claim.attempt())
          .update();
    }
  }
}
