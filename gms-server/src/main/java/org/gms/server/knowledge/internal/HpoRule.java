package org.gms.server.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.Ranking;
import org.gms.genomics.phenotype.ResolvedPhenotype;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;

/**
 * An unsolved case whose phenotype ranks among its best, through a gene-disease link new in the
 * latest HPO release, a gene the HPO its latest run used (recorded by the run) did not rank so.
 * Cases whose run used the latest release, or that have no finished run, are not examined.
 */
final class HpoRule implements CaseRule {

  /** A gene is a strong phenotype match when it ranks at most this for the case's terms. */
  static final int TOP_N = 5;

  private final AlertWriter alerts;
  private final PhenotypeVersions phenotypes;
  private final HpoBaselines baselines;
  private final Map<Long, OptionalLong> usedByOrder;

  /**
   * @param usedByOrder the HPO version each order's latest run used, by order id (empty: the
   *     bundled annotations)
   */
  HpoRule(
      AlertWriter alerts,
      PhenotypeVersions phenotypes,
      HpoBaselines baselines,
      Map<Long, OptionalLong> usedByOrder) {
    this.alerts = alerts;
    this.phenotypes = phenotypes;
    this.baselines = baselines;
    this.usedByOrder = Map.copyOf(usedByOrder);
  }

  @Override
  public int examine(OrderCase order, List<VariantClassification> reported, boolean solved) {
    OptionalLong used = usedByOrder.get(order.id());
    if (solved || used == null || order.hpoTerms().isEmpty()) {
      return 0;
    }
    if (used.isPresent() && used.getAsLong() == baselines.latest().id()) {
      return 0;
    }
    HpoBaselines.Baseline baseline = baselines.of(used);
    return baseline.newLinks().isEmpty() ? 0 : examine(order, reported, baseline);
  }

  private int examine(
      OrderCase order, List<VariantClassification> reported, HpoBaselines.Baseline baseline) {
    KnowledgeVersion hpo = baselines.latest();
    Map<String, Set<String>> newLinks = baseline.newLinks();
    PhenotypeVersions.Loaded next = phenotypes.of(hpo.id());
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            next.knowledge().ontology(),
            order.hpoTerms(),
            List.of(),
            PatientPhenotype.UnresolvedIds.SKIP);
    if (resolved.phenotype().observed().isEmpty()) {
      return 0;
    }
    Ranking ranking = next.prioritiser().rank(resolved.phenotype());
    Ranking previous = null;
    int raised = 0;
    for (Map.Entry<String, Set<String>> entry : newLinks.entrySet()) {
      Optional<Gene> gene = next.knowledge().gene(entry.getKey());
      if (gene.isEmpty()) {
        continue;
      }
      // in the top N even with every tie broken against it: a gene tied with hundreds of
      // others at the top (few or generic terms) is no strong match
      OptionalInt rank = ranking.lastRankOf(gene.get());
      if (rank.isEmpty() || rank.getAsInt() > TOP_N) {
        continue;
      }
      // the match must come from a new link: the gene's best disease for the case is new
      List<org.gms.genomics.phenotype.DiseaseMatch> diseases =
          ranking.find(gene.get()).orElseThrow().diseases();
      if (diseases.isEmpty() || !entry.getValue().contains(diseases.get(0).disease().toString())) {
        continue;
      }
      org.gms.genomics.phenotype.DiseaseMatch best = diseases.get(0);
      PhenotypeVersions.Loaded old = baseline.loaded();
      if (previous == null) {
        previous =
            old.prioritiser()
                .rank(
                    PatientPhenotype.resolve(
                            old.knowledge().ontology(),
                            order.hpoTerms(),
                            List.of(),
                            PatientPhenotype.UnresolvedIds.SKIP)
                        .phenotype());
      }
      Optional<Gene> oldGene = old.knowledge().gene(entry.getKey());
      OptionalInt oldRank =
          oldGene.isPresent() ? previous.rankOf(oldGene.get()) : OptionalInt.empty();
      if (oldRank.isPresent() && oldRank.getAsInt() <= TOP_N) {
        continue;
      }
      String newDiseases = String.join(", ", entry.getValue());
      String oldEvidence =
          baseline.label()
              + " (used by the case's analysis): "
              + entry.getKey()
              + (oldRank.isPresent()
                  ? " ranked " + oldRank.getAsInt() + " of " + previous.size()
                  : " had no phenotype annotation")
              + " for the case's "
              + order.hpoTerms().size()
              + " HPO terms"
              + (reported.isEmpty()
                  ? ""
                  : "; reported: "
                      + reported.stream()
                          .map(c -> c.variant().gene() + " " + c.acmgClass().abbreviation())
                          .collect(Collectors.joining(", ")));
      String newEvidence =
          "HPO "
              + hpo.label()
              + ": "
              + entry.getKey()
              + " ranked "
              + rank.getAsInt()
              + " of "
              + ranking.size()
              + " (log10 likelihood ratio "
              + String.format(java.util.Locale.ROOT, "%.2f", ranking.scoreOf(gene.get()).orElse(0))
              + "); best match "
              + best.disease()
              + (best.name() == null || best.name().isBlank() ? "" : " " + best.name())
              + ", linked to the gene in this release; new links: "
              + newDiseases;
      raised +=
          alerts.raise(
              order,
              AlertRule.HPO_NEW_GENE_MATCH,
              "hpo:" + entry.getKey() + ":" + best.disease(),
              null,
              entry.getKey(),
              entry.getKey()
                  + " newly ranks "
                  + rank.getAsInt()
                  + " for the case's phenotype through its new link to "
                  + best.disease(),
              oldEvidence,
              newEvidence,
              hpo);
    }
    return raised;
  }
}
