package org.gms.server.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.directory.TestGenes;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.record.VariantClassification;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prepares each re-analysis rule for one job: the knowledge versions it compares and what it needs
 * loaded, once per job. A rule that has nothing to compare says why instead.
 */
final class CaseRules {

  /**
   * A rule ready to examine cases, or only the reason there is none.
   *
   * @param description what the rule compares, or why it does not run; empty when it says nothing
   */
  record Prepared(Optional<CaseRule> rule, Optional<String> description) {
    static Prepared of(CaseRule rule, String description) {
      return new Prepared(Optional.of(rule), Optional.of(description));
    }

    static Prepared skipped(String why) {
      return new Prepared(Optional.empty(), Optional.of(why));
    }

    static Prepared silent() {
      return new Prepared(Optional.empty(), Optional.empty());
    }
  }

  private final JdbcClient jdbc;
  private final AlertWriter alerts;
  private final KnowledgeVersions versions;
  private final PhenotypeVersions phenotypes;
  private final AnalysisRuns runs;
  private final TestGenes testGenes;

  CaseRules(
      JdbcClient jdbc,
      AlertWriter alerts,
      KnowledgeVersions versions,
      PhenotypeVersions phenotypes,
      AnalysisRuns runs,
      TestGenes testGenes) {
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.versions = versions;
    this.phenotypes = phenotypes;
    this.runs = runs;
    this.testGenes = testGenes;
  }

  /**
   * Reported variants against the latest ClinVar version (and the one before it).
   *
   * @param onlyKeys only these variant keys (the changes of an import); empty for every one
   */
  Prepared clinvar(Optional<Set<String>> onlyKeys, Map<Long, List<VariantClassification>> byOrder) {
    Optional<KnowledgeVersion> latest = versions.latest(KnowledgeSource.CLINVAR);
    if (latest.isEmpty()) {
      return Prepared.skipped("no ClinVar version imported");
    }
    KnowledgeVersion clinvar = latest.get();
    Set<String> wanted = new TreeSet<>();
    byOrder.values().forEach(list -> list.forEach(c -> wanted.add(c.variant().key().toString())));
    onlyKeys.ifPresent(wanted::retainAll);
    Map<String, ClinvarEntry> current = assertions(clinvar.id(), wanted);
    Optional<KnowledgeVersion> before = versions.before(KnowledgeSource.CLINVAR, clinvar.id());
    Map<String, ClinvarEntry> previous =
        before.map(b -> assertions(b.id(), wanted)).orElse(Map.of());
    return Prepared.of(
        new ClinvarRule(alerts, clinvar, current, before.orElse(null), previous),
        "reported variants against ClinVar "
            + clinvar.label()
            + onlyKeys.map(k -> " (" + k.size() + " changed assertions)").orElse(""));
  }

  /** Reported variants' stored evidence under the classifier in use. */
  Prepared classifier() {
    return versions
        .latest(KnowledgeSource.CLASSIFIER)
        .map(
            c ->
                Prepared.of(
                    new ClassifierRule(alerts, c),
                    "reported variants' evidence under " + c.label()))
        .orElseGet(Prepared::silent);
  }

  /**
   * Unsolved cases' phenotypes against the latest HPO version, each compared with the HPO its
   * latest run used (as the run recorded it).
   */
  Prepared hpo() {
    Optional<KnowledgeVersion> latest = versions.latest(KnowledgeSource.HPO);
    if (latest.isEmpty()) {
      return Prepared.skipped("HPO: no version imported, nothing to compare");
    }
    Map<Long, OptionalLong> used = runs.latestHpoVersions();
    long earlier =
        used.values().stream()
            .filter(v -> v.isEmpty() || v.getAsLong() != latest.get().id())
            .count();
    return Prepared.of(
        new HpoRule(alerts, phenotypes, new HpoBaselines(jdbc, phenotypes, latest.get()), used),
        "unsolved cases' phenotypes against HPO "
            + latest.get().label()
            + ", each against the HPO its latest run used ("
            + earlier
            + " of "
            + used.size()
            + " cases' runs used an earlier one; top "
            + HpoRule.TOP_N
            + ")");
  }

  /**
   * Unsolved cases' panels against the latest PanelApp import, which is recorded as a PANEL version
   * here if it was not yet (the bundled import at first start is made by the directory).
   */
  Prepared panel() {
    return versions
        .latestPanelImport()
        .map(versions::recordPanelImport)
        .map(
            panel ->
                Prepared.of(
                    new PanelRule(alerts, panel, runs.latestPanels(), testGenes),
                    "unsolved cases' panels against " + panel.label()))
        .orElseGet(() -> Prepared.skipped("no PanelApp panels imported"));
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
}
