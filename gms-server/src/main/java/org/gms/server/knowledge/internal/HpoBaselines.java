package org.gms.server.knowledge.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.phenotype.DiseaseId;
import org.gms.genomics.phenotype.Gene;
import org.gms.server.knowledge.KnowledgeVersion;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the latest HPO version adds to the HPO a case's run used: for each baseline (an imported
 * version, or the annotations bundled with GMS) its knowledge and the gene-disease links new since,
 * computed once per re-analysis job and baseline.
 */
final class HpoBaselines {

  /**
   * One baseline.
   *
   * @param label what the run used, e.g. {@code HPO 2026-02-16} or {@code the HPO bundled with GMS}
   * @param newLinks the diseases newly linked to each gene in the latest version
   */
  record Baseline(
      String label, PhenotypeVersions.Loaded loaded, Map<String, Set<String>> newLinks) {}

  private final JdbcClient jdbc;
  private final PhenotypeVersions phenotypes;
  private final KnowledgeVersion latest;
  private final Map<OptionalLong, Baseline> computed = new HashMap<>();

  HpoBaselines(JdbcClient jdbc, PhenotypeVersions phenotypes, KnowledgeVersion latest) {
    this.jdbc = jdbc;
    this.phenotypes = phenotypes;
    this.latest = latest;
  }

  /** The latest HPO version, the one cases are compared in. */
  KnowledgeVersion latest() {
    return latest;
  }

  /**
   * The baseline of a run.
   *
   * @param used the imported version id the run used; empty for the bundled annotations
   */
  synchronized Baseline of(OptionalLong used) {
    return computed.computeIfAbsent(used, this::compute);
  }

  private Baseline compute(OptionalLong used) {
    if (used.isPresent()) {
      String label =
          jdbc.sql("SELECT label FROM knowledge_version WHERE id = :id")
              .param("id", used.getAsLong())
              .query(String.class)
              .optional()
              .map(l -> "HPO " + l)
              .orElse("HPO version " + used.getAsLong());
      return new Baseline(label, phenotypes.of(used.getAsLong()), linksSince(used.getAsLong()));
    }
    PhenotypeVersions.Loaded bundled = phenotypes.bundled();
    Map<String, Set<String>> links = linksOf(latest.id());
    for (Map.Entry<Gene, Set<DiseaseId>> known :
        bundled.knowledge().geneDiseaseLinks().entrySet()) {
      Set<String> added = links.get(known.getKey().symbol());
      if (added != null) {
        known.getValue().forEach(d -> added.remove(d.toString()));
        if (added.isEmpty()) {
          links.remove(known.getKey().symbol());
        }
      }
    }
    return new Baseline("the HPO bundled with GMS", bundled, links);
  }

  /** The links of the latest version that {@code before} does not have, by gene. */
  private Map<String, Set<String>> linksSince(long before) {
    return links(
        jdbc.sql(
                """
                SELECT a.gene, a.disease FROM hpo_gene_disease a WHERE a.version_id = :new
                  AND NOT EXISTS (SELECT 1 FROM hpo_gene_disease b WHERE b.version_id = :old
                    AND b.gene = a.gene AND b.disease = a.disease)
                """)
            .param("new", latest.id())
            .param("old", before));
  }

  private Map<String, Set<String>> linksOf(long version) {
    return links(
        jdbc.sql("SELECT gene, disease FROM hpo_gene_disease WHERE version_id = :version")
            .param("version", version));
  }

  /** The diseases of each gene in the rows of a query of gene and disease. */
  private static Map<String, Set<String>> links(JdbcClient.StatementSpec query) {
    Map<String, Set<String>> links = new HashMap<>();
    query.query(
        rs -> {
          links
              .computeIfAbsent(rs.getString("gene"), g -> new TreeSet<>())
              .add(rs.getString("disease"));
        });
    return links;
  }
}
