package org.gms.server.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.analysis.RunPanel;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.TestGenes;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.knowledge.ReanalysisJob;
import org.gms.server.knowledge.ReanalysisJobs;
import org.gms.server.ordering.OrderCase;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrders;
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
  private final TestOrders orders;
  private final VariantClassifications classifications;
  private final PhenotypeVersions phenotypes;
  private final Users users;
  private final AnalysisRuns runs;
  private final DirectoryImports directory;
  private final TestGenes testGenes;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  Reanalyser(
      JdbcClient jdbc,
      AuditLog audit,
      TestOrders orders,
      VariantClassifications classifications,
      PhenotypeVersions phenotypes,
      Users users,
      AnalysisRuns runs,
      DirectoryImports directory,
      TestGenes testGenes) {
    this.runs = runs;
    this.directory = directory;
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

  /** Everything the rules need, loaded once per job. */
  private Examination prepare(Scope scope) {
    Map<Long, List<VariantClassification>> byOrder =
        classifications.current().stream()
            .filter(c -> c.orderId() != null)
            .collect(Collectors.groupingBy(VariantClassification::orderId));
    Optional<KnowledgeVersion> clinvar = scope.clinvar() ? latest(KnowledgeSource.CLINVAR) : null;
    Map<String, ClinvarEntry> current = Map.of();
    Map<String, ClinvarEntry> before = Map.of();
    Optional<KnowledgeVersion> clinvarBefore = Optional.empty();
    if (clinvar != null && clinvar.isPresent()) {
      Set<String> wanted = new TreeSet<>();
      byOrder.values().forEach(list -> list.forEach(c -> wanted.add(c.variant().key().toString())));
      if (scope.clinvarKeys() != null) {
        wanted.retainAll(scope.clinvarKeys());
      }
      current = assertions(clinvar.get().id(), wanted);
      clinvarBefore = before(KnowledgeSource.CLINVAR, clinvar.get().id());
      if (clinvarBefore.isPresent()) {
        before = assertions(clinvarBefore.get().id(), wanted);
      }
    }
    Optional<KnowledgeVersion> hpo = scope.hpo() ? latest(KnowledgeSource.HPO) : null;
    Optional<KnowledgeVersion> hpoBefore =
        hpo != null && hpo.isPresent() ? before(KnowledgeSource.HPO, hpo.get().id()) : null;
    Map<String, Set<String>> newLinks = Map.of();
    if (hpoBefore != null && hpoBefore.isPresent()) {
      Map<String, Set<String>> links = new HashMap<>();
      jdbc.sql(
              """
              SELECT a.gene, a.disease FROM hpo_gene_disease a WHERE a.version_id = :new
                AND NOT EXISTS (SELECT 1 FROM hpo_gene_disease b WHERE b.version_id = :old
                  AND b.gene = a.gene AND b.disease = a.disease)
              """)
          .param("new", hpo.get().id())
          .param("old", hpoBefore.get().id())
          .query(
              rs -> {
                links
                    .computeIfAbsent(rs.getString("gene"), g -> new TreeSet<>())
                    .add(rs.getString("disease"));
              });
      newLinks = links;
    }
    KnowledgeVersion panel = scope.panel() ? panelVersion(null).orElse(null) : null;
    Map<Long, RunPanel> runPanels = panel == null ? Map.of() : runs.latestPanels();
    KnowledgeVersion classifier =
        scope.classifier() ? latest(KnowledgeSource.CLASSIFIER).orElse(null) : null;
    KnowledgeVersion clinvarVersion = clinvar != null ? clinvar.orElse(null) : null;
    KnowledgeVersion hpoVersion = hpoBefore != null && hpoBefore.isPresent() ? hpo.get() : null;
    AlertWriter alerts = new AlertWriter(jdbc, audit);
    List<CaseRule> rules = new ArrayList<>();
    List<String> described = new ArrayList<>();
    if (scope.clinvar()) {
      if (clinvarVersion == null) {
        described.add("no ClinVar version imported");
      } else {
        rules.add(
            new ClinvarRule(alerts, clinvarVersion, current, clinvarBefore.orElse(null), before));
        described.add(
            "reported variants against ClinVar "
                + clinvarVersion.label()
                + (scope.clinvarKeys() == null
                    ? ""
                    : " (" + scope.clinvarKeys().size() + " changed assertions)"));
      }
    }
    if (classifier != null) {
      rules.add(new ClassifierRule(alerts, classifier));
      described.add("reported variants' evidence under " + classifier.label());
    }
    if (scope.hpo()) {
      if (hpoVersion == null) {
        described.add("HPO: fewer than two versions imported, nothing to compare");
      } else {
        rules.add(new HpoRule(alerts, phenotypes, hpoVersion, hpoBefore.get(), newLinks));
        described.add(
            "unsolved cases' phenotypes against HPO "
                + hpoVersion.label()
                + " vs "
                + hpoBefore.get().label()
                + " ("
                + newLinks.values().stream().mapToInt(Set::size).sum()
                + " new gene-disease links in "
                + newLinks.size()
                + " genes; top "
                + HpoRule.TOP_N
                + ")");
      }
    }
    if (scope.panel()) {
      if (panel == null) {
        described.add("no PanelApp panels imported");
      } else {
        rules.add(new PanelRule(alerts, panel, runPanels, testGenes));
        described.add("unsolved cases' panels against " + panel.label());
      }
    }
    return new Examination(byOrder, List.copyOf(rules), String.join("; ", described));
  }

  private Map<String, ClinvarEntry> assertions(long versionId, Set<String> keys) {
    Map<String, ClinvarEntry> found = new HashMap<>();
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += 1000) {
      String[] chunk = all.subList(from, Math.min(all.size(), from + 1000)).toArray(String[]::new);
      jdbc.sql(
              "SELECT variant_key, gene, variation_id, significance, review_status"
                  + " FROM clinvar_assertion WHERE version_id = :version"
                  + " AND key_md5 = ANY(ARRAY(SELECT md5(k) FROM unnest(CAST(:keys AS text[])) k))")
          .param("version", versionId)
          .param("keys", chunk)
          .query(
              rs -> {
                found.put(
                    rs.getString("variant_key"),
                    new ClinvarEntry(
                        rs.getString("gene"),
                        rs.getString("variation_id"),
                        rs.getString("significance"),
                        rs.getString("review_status")));
              });
    }
    return found;
  }

  /**
   * The PANEL knowledge version of a PanelApp import of the directory (recorded on first use), or
   * of the latest such import when {@code summary} is null; empty when panels were never imported.
   */
  Optional<KnowledgeVersion> panelVersion(ImportSummary summary) {
    ImportSummary source = summary;
    if (source == null) {
      source =
          directory.imports().stream()
              .filter(i -> i.kind() == ImportKind.PANELS)
              .findFirst()
              .orElse(null);
      if (source == null) {
        return Optional.empty();
      }
    }
    String sha =
        source.sourceSha256() == null || source.sourceSha256().isBlank()
            ? "directory-import-" + source.id()
            : source.sourceSha256();
    jdbc.sql(
            """
            INSERT INTO knowledge_version (source, label, file_name, sha256, summary, imported_by)
            VALUES ('PANEL', :label, :file, :sha, :summary, :by)
            ON CONFLICT (source, sha256) DO NOTHING
            """)
        .param("label", "PanelApp import " + source.id() + " (" + source.label() + ")")
        .param("file", source.source() == null ? "" : source.source())
        .param("sha", sha)
        .param("summary", source.describe())
        .param("by", source.importedBy() == null ? "system" : source.importedBy())
        .update();
    return jdbc.sql("SELECT * FROM knowledge_version WHERE source = 'PANEL' AND sha256 = :sha")
        .param("sha", sha)
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  Optional<KnowledgeVersion> latest(KnowledgeSource source) {
    return jdbc.sql(
            "SELECT * FROM knowledge_version WHERE source = :source ORDER BY id DESC LIMIT 1")
        .param("source", source.name())
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  private Optional<KnowledgeVersion> before(KnowledgeSource source, long id) {
    return jdbc.sql(
            "SELECT * FROM knowledge_version WHERE source = :source AND id < :id"
                + " ORDER BY id DESC LIMIT 1")
        .param("source", source.name())
        .param("id", id)
        .query(JdbcKnowledgeImports::version)
        .optional();
  }

  /** The rules applied to one case at a time; safe to call from several threads. */
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
