package org.gms.genomics.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.PhenotypeScores;
import org.gms.genomics.phenotype.GeneMatch;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.Ranking;
import org.gms.genomics.phenotype.ResolvedPhenotype;

/**
 * The proband's phenotype and the engine that ranks genes by it. The interpretation's phenotype
 * score of a gene is the engine's posterior probability that the gene is the one (every annotated
 * disease equally likely beforehand, its share divided among its genes): it is high only where the
 * phenotype points at few genes, which is what ACMG PP4 asks for, whereas a likelihood ratio mapped
 * to LR / (1 + LR) is near 1 for hundreds of loosely matching genes. A gene without phenotype
 * annotations is scored as a gene explaining none of the proband's features, not left unscored.
 */
public final class PhenotypeMatching {

  private final PhenotypeKnowledge knowledge;
  private final GenePrioritiser prioritiser;
  private final ResolvedPhenotype phenotype;

  public PhenotypeMatching(
      PhenotypeKnowledge knowledge, GenePrioritiser prioritiser, ResolvedPhenotype phenotype) {
    if (knowledge == null || prioritiser == null || phenotype == null) {
      throw new IllegalArgumentException("Phenotype matching needs knowledge, engine, phenotype");
    }
    if (phenotype.phenotype().observed().isEmpty()) {
      throw new IllegalArgumentException(
          "No observed HPO term is left to match on"
              + (phenotype.notes().isEmpty() ? "" : " (" + String.join("; ", phenotype.notes()))
              + (phenotype.notes().isEmpty() ? "" : ")")
              + "; give at least one phenotypic abnormality");
    }
    this.knowledge = knowledge;
    this.prioritiser = prioritiser;
    this.phenotype = phenotype;
  }

  /**
   * The ranking of every annotated gene, and the match of each candidate's gene.
   *
   * @param phenotype the resolved terms and the notes made resolving them
   * @param ontology for term names
   * @param algorithm the engine's name and version
   * @param genes the phenotype match of each candidate gene that has annotations
   */
  public record Result(
      ResolvedPhenotype phenotype,
      HpoOntology ontology,
      String algorithm,
      Ranking ranking,
      Map<String, GeneMatch> genes,
      PhenotypeScores scores) {

    public Result {
      genes = Map.copyOf(genes);
    }
  }

  Result match(Collection<CandidateVariant> candidates) {
    Ranking ranking = prioritiser.rank(phenotype.phenotype());
    Map<String, GeneMatch> matches = new LinkedHashMap<>();
    Map<String, Double> posteriors = new LinkedHashMap<>();
    Optional<GeneMatch> best = ranking.top(1).stream().findFirst();
    for (CandidateVariant candidate : candidates) {
      String symbol = candidate.gene();
      if (symbol == null || posteriors.containsKey(symbol) || best.isEmpty()) {
        continue;
      }
      Optional<GeneMatch> match = knowledge.gene(symbol).flatMap(ranking::find);
      match.ifPresent(m -> matches.put(symbol, m));
      double unannotated =
          best.get().posterior()
              * Math.pow(10, ranking.unannotatedGeneScore() - best.get().score());
      posteriors.put(symbol, match.map(GeneMatch::posterior).orElse(Math.min(1, unannotated)));
    }
    return new Result(
        phenotype,
        knowledge.ontology(),
        prioritiser.algorithm(),
        ranking,
        matches,
        PhenotypeScores.of(posteriors));
  }
}
