package org.gms.server.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.TestGenes;
import org.gms.server.knowledge.ReanalysisJob;
import org.gms.server.knowledge.ReanalysisJobs;
import org.gms.server.ordering.OrderCase;
import org.gms.server.ordering.OrderCases;
import org.gms.server.ordering.OrderState;
import org.gms.server.record.VariantClassification;
import org.gms.server.record.VariantClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The re-examination of stored cases: orders in interpretation or reported, each against the
 * current knowledge. Cases are examined on as many threads as there are cores; alerts are inserted
 * as they are found, each once per order and cause.
 */
@Component
class Reanalyser implements ReanalysisJobs {

  static final String ENTITY = "reanalysis_job";

  private static final Set<OrderState> CASES =
      EnumSet.of(OrderState.INTERPRETATION, OrderState.REPORTED);

  /**
   * What a job looks at.
   *
   * @param clinvarKeys only these variant keys (the changes of an import); null for every one
   */
  record Scope(
      boolean clinvar, Set<String> clinvarKeys, boolean hpo, boolean panel, boolean classifier) {
    static Scope all() {
      return new Scope(true, null, true, true, true);
    }

    static Scope clinvarOnly(Set<String> keys) {
      return new Scope(true, keys == null ? null : Set.copyOf(keys), false, false, false);
    }

    static Scope hpoOnly() {
      return new Scope(false, null, true, false, false);
    }

    static Scope panelOnly() {
      return new Scope(false, null, false, true, false);
    }

    static Scope classifierOnly() {
      return new Scope(false, null, false, false, true);
    }
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final OrderCases orders;
  private final VariantClassifications classifications;
  private final PhenotypeVersions phenotypes;
  private final Users users;
  private final AnalysisRuns runs;
  private final KnowledgeVersions versions;
  private final TestGenes testGenes;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  Reanalyser(
      JdbcClient jdbc,
      AuditLog audit,
      OrderCases orders,
      VariantClassifications classifications,
      PhenotypeVersions phenotypes,
      Users users,
      AnalysisRuns runs,
      KnowledgeVersions versions,
      TestGenes testGenes) {
    this.runs = runs;
    this.versions = versions;
    this.testGenes = testGenes;
    this.jdbc = jdbc;
    this.audit = audit;
    this.orders = orders;
    this.classifications = classifications;
    this.phenotypes = phenotypes;
    this.users = users;
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    background.shutdownNow();
  }

  @Override
  public ReanalysisJob run(String trigger, Consumer<ReanalysisJob> progress) {
    users.requireAdministratorOrSystem("run re-analysis jobs");
    return run(trigger, Scope.all(), progress);
  }

  @Override
  public ReanalysisJob start(String trigger) {
    users.requireAdministratorOrSystem("run re-analysis jobs");
    return start(trigger, Scope.all());
  }

  /** Starts a job in the background; its progress is read with {@link #find}. */
  ReanalysisJob start(String trigger, Scope scope) {
    long id = create(trigger);
    background.submit(() -> execute(id, scope, j -> {}));
    return find(id).orElseThrow();
  }

  ReanalysisJob run(String trigger, Scope scope, Consumer<ReanalysisJob> progress) {
    long id = create(trigger);
    execute(id, scope, progress);
    return find(id).orElseThrow();
  }

  private long create(String trigger) {
    long id =
        jdbc.sql(
                "INSERT INTO reanalysis_job (trigger, state, started_by) VALUES (:trigger,"
                    + " 'RUNNING', :by) RETURNING id")
            .param("trigger", trigger)
            .param("by", users.name())
            .query(Long.class)
            .single();
    audit.record("create", ENTITY, Long.toString(id), trigger);
    return id;
  }

  private void execute(long id, Scope scope, Consumer<ReanalysisJob> progress) {
    try {
      Examination examination = prepare(scope);
      List<OrderCase> cases = orders.casesIn(CASES);
      audit.record(
          "read",
          ENTITY,
          Long.toString(id),
          "re-examined " + cases.size() + " cases in interpretation or reported");
      jdbc.sql("UPDATE reanalysis_job SET total = :total WHERE id = :id")
          .param("total", cases.size())
          .param("id", id)
          .update();
      AtomicInteger done = new AtomicInteger();
      AtomicInteger alerts = new AtomicInteger();
      int step = Math.max(1, Math.min(500, cases.size() / 20));
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          work.add(
              pool.submit(
                  () -> {
                    for (int i = first; i < cases.size(); i += threads) {
                      alerts.addAndGet(examination.examine(cases.get(i)));
                      int now = done.incrementAndGet();
                      if (now % step == 0) {
                        report(id, now, alerts.get(), progress);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : work) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      jdbc.sql(
              "UPDATE reanalysis_job SET state = 'SUCCEEDED', done = :done, alerts = :alerts,"
                  + " message = :message, finished_at = clock_timestamp() WHERE id = :id")
          .param("done", done.get())
          .param("alerts", alerts.get())
          .param("message", examination.description())
          .param("id", id)
          .update();
      audit.record("update", ENTITY, Long.toString(id), alerts.get() + " alerts raised");
      progress.accept(find(id).orElseThrow());
    } catch (Exception e) {
      Throwable cause = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
      jdbc.sql(
              "UPDATE reanalysis_job SET state = 'FAILED', message = :message,"
                  + " finished_at = clock_timestamp() WHERE id = :id")
          .param("message", String.valueOf(cause.getMessage()))
          .param("id", id)
          .update();
      progress.accept(find(id).orElseThrow());
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Re-analysis job " + id + " failed", cause);
    }
  }

  private synchronized void report(
      long id, int done, int alerts, Consumer<ReanalysisJob> progress) {
    jdbc.sql("UPDATE reanalysis_job SET done = :done, alerts = :alerts WHERE id = :id")
        .param("done", done)
        .param("alerts", alerts)
        .param("id", id)
        .update();
    progress.accept(find(id).orElseThrow());
  }

  /** Everything the rules need, loaded once per job: one preparation per rule. */
  private Examination prepare(Scope scope) {
    Map<Long, List<VariantClassification>> byOrder =
        classifications.current().stream()
            .filter(c -> c.orderId() != null)
            .collect(Collectors.groupingBy(VariantClassification::orderId));
    CaseRules rules =
        new CaseRules(jdbc, new AlertWriter(jdbc, audit), versions, phenotypes, runs, testGenes);
    List<CaseRules.Prepared> prepared = new ArrayList<>();
    if (scope.clinvar()) {
      prepared.add(rules.clinvar(Optional.ofNullable(scope.clinvarKeys()), byOrder));
    }
    if (scope.classifier()) {
      prepared.add(rules.classifier());
    }
    if (scope.hpo()) {
      prepared.add(rules.hpo());
    }
    if (scope.panel()) {
      prepared.add(rules.panel());
    }
    return new Examination(
        byOrder,
        prepared.stream().flatMap(p -> p.rule().stream()).toList(),
        String.join("; ", prepared.stream().flatMap(p -> p.description().stream()).toList()));
  }

  /** The rules of one job applied to one case at a time; safe to call from several threads. */
  private record Examination(
      Map<Long, List<VariantClassification>> byOrder, List<CaseRule> rules, String description) {

    int examine(OrderCase order) {
      List<VariantClassification> reported = byOrder.getOrDefault(order.id(), List.of());
      boolean solved =
          order.state() == OrderState.REPORTED
              && reported.stream().anyMatch(c -> c.acmgClass().atLeastLikelyPathogenic());
      int raised = 0;
      for (CaseRule rule : rules) {
        raised += rule.examine(order, reported, solved);
      }
      return raised;
    }
  }

  @Override
  public Optional<ReanalysisJob> find(long id) {
    return jdbc.sql("SELECT * FROM reanalysis_job WHERE id = :id")
        .param("id", id)
        .query(Reanalyser::job)
        .optional();
  }

  @Override
  public List<ReanalysisJob> recent(int limit) {
    return jdbc.sql("SELECT * FROM reanalysis_job ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(Reanalyser::job)
        .list();
  }

  private static ReanalysisJob job(ResultSet rs, int row) throws SQLException {
    java.sql.Timestamp finished = rs.getTimestamp("finished_at");
    return new ReanalysisJob(
        rs.getLong("id"),
        rs.getString("trigger"),
        ReanalysisJob.JobState.valueOf(rs.getString("state")),
        rs.getInt("total"),
        rs.getInt("done"),
        rs.getInt("alerts"),
        rs.getString("message"),
        rs.getString("started_by"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }

  static GmsException notFound(long id) {
    return new GmsException(GmsException.Kind.NOT_FOUND, "No re-analysis job " + id + ".");
  }
}
