package org.gms.server.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Unsolved cases' phenotypes against the latest HPO version and the one before it. */
  Prepared hpo() {
    Optional<KnowledgeVersion> latest = versions.latest(KnowledgeSource.HPO);
    Optional<KnowledgeVersion> before =
        latest.flatMap(v -> versions.before(KnowledgeSource.HPO, v.id()));
    if (before.isEmpty()) {
      return Prepared.skipped("HPO: fewer than two versions imported, nothing to compare");
    }
    Map<String, Set<String>> newLinks = newLinks(latest.get().id(), before.get().id());
    return Prepared.of(
        new HpoRule(alerts, phenotypes, latest.get(), before.get(), newLinks),
        "unsolved cases' phenotypes against HPO "
            + latest.get().label()
            + " vs "
            + before.get().label()
            + " ("
            + newLinks.values().stream().mapToInt(Set::size).sum()
            + " new gene-disease links in "
            + newLinks.size()
            + " genes; top "
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

  private Map<String, Set<String>> newLinks(long latest, long before) {
    Map<String, Set<String>> links = new HashMap<>();
    jdbc.sql(
            """
            SELECT a.gene, a.disease FROM hpo_gene_disease a WHERE a.version_id = :new
              AND NOT EXISTS (SELECT 1 FROM hpo_gene_disease b WHERE b.version_id = :old
                AND b.gene = a.gene AND b.disease = a.disease)
            """)
        .param("new", latest)
        .param("old", before)
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getString("gene"), g -> new TreeSet<>())
                  .add(rs.getString("disease"));
            });
    return links;
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
