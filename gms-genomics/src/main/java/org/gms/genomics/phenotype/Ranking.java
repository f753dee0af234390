package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Every annotated gene and disease scored for one patient, best first. Scores are computed for all;
 * explanations only when asked for ({@link #top}, {@link #topDiseases}), as they cost more.
 */
public final class Ranking {

  private final PhenotypeKnowledge knowledge;
  private final List<Gene> genes;
  private final IntFunction<int[]> diseasesOfGene;
  private final IntFunction<List<String>> evidence;
  private final double[] geneScores;
  private final double[] diseaseScores;
  private final double unannotatedGeneScore;
  private final IntFunction<DiseaseMatch> explainer;
  private final int[] genesInOrder;
  private final int[] ranks;
  private final int[] lastRanks;
  private final Map<Gene, Integer> positions = new HashMap<>();
  private final Map<Integer, Integer> positionsByNcbi = new HashMap<>();
  private final double logEvidenceTotal;

  Ranking(
      PhenotypeKnowledge knowledge,
      double[] geneScores,
      double[] diseaseScores,
      double unannotatedGeneScore,
      IntFunction<DiseaseMatch> explainer) {
    this(
        knowledge,
        knowledge.genes(),
        knowledge::diseasesOfGene,
        g -> List.of(),
        geneScores,
        diseaseScores,
        unannotatedGeneScore,
        explainer);
  }

  /**
   * A ranking over any list of genes: {@code diseasesOfGene} gives each gene's annotated diseases
   * (none for genes known only from other evidence), {@code evidence} its explanation lines beyond
   * the diseases.
   */
  Ranking(
      PhenotypeKnowledge knowledge,
      List<Gene> genes,
      IntFunction<int[]> diseasesOfGene,
      IntFunction<List<String>> evidence,
      double[] geneScores,
      double[] diseaseScores,
      double unannotatedGeneScore,
      IntFunction<DiseaseMatch> explainer) {
    this.knowledge = knowledge;
    this.genes = genes;
    this.diseasesOfGene = diseasesOfGene;
    this.evidence = evidence;
    this.geneScores = geneScores;
    this.diseaseScores = diseaseScores;
    this.unannotatedGeneScore = unannotatedGeneScore;
    this.explainer = explainer;
    this.genesInOrder =
        IntStream.range(0, genes.size())
            .boxed()
            .sorted(
                Comparator.<Integer>comparingDouble(g -> -geneScores[g])
                    .thenComparing(g -> genes.get(g).symbol()))
            .mapToInt(Integer::intValue)
            .toArray();
    this.ranks = new int[genesInOrder.length];
    for (int position = 0; position < genesInOrder.length; position++) {
      boolean tiedWithPrevious =
          position > 0
              && geneScores[genesInOrder[position]] == geneScores[genesInOrder[position - 1]];
      ranks[position] = tiedWithPrevious ? ranks[position - 1] : position + 1;
      positions.put(genes.get(genesInOrder[position]), position);
      positionsByNcbi.putIfAbsent(genes.get(genesInOrder[position]).ncbiGeneId(), position);
    }
    this.lastRanks = new int[genesInOrder.length];
    for (int position = genesInOrder.length - 1; position >= 0; position--) {
      boolean tiedWithNext =
          position + 1 < genesInOrder.length
              && geneScores[genesInOrder[position]] == geneScores[genesInOrder[position + 1]];
      lastRanks[position] = tiedWithNext ? lastRanks[position + 1] : position + 1;
    }
    this.logEvidenceTotal = log10SumOfPowers(geneScores);
  }

  /** The ranked gene with this NCBI Gene id (symbols change between releases), if ranked. */
  public Optional<Gene> geneByNcbiId(int ncbiGeneId) {
    Integer position = positionsByNcbi.get(ncbiGeneId);
    return position == null ? Optional.empty() : Optional.of(genes.get(genesInOrder[position]));
  }

  /** How many genes are ranked (every gene with phenotype annotations, or other evidence). */
  public int size() {
    return genesInOrder.length;
  }

  /** The best {@code count} genes, each with its diseases explained. */
  public List<GeneMatch> top(int count) {
    List<GeneMatch> result = new ArrayList<>();
    for (int position = 0; position < Math.min(count, genesInOrder.length); position++) {
      result.add(match(position));
    }
    return List.copyOf(result);
  }

  /** The gene's place in the ranking, explained; empty if the gene has no annotations. */
  public Optional<GeneMatch> find(Gene gene) {
    Integer position = positions.get(gene);
    return position == null ? Optional.empty() : Optional.of(match(position));
  }

  /**
   * 1-based rank of the gene, as standard competition ranking: one more than the number of genes
   * scoring strictly higher, so tied genes share the best rank of their group. Empty if the gene is
   * not annotated.
   */
  public OptionalInt rankOf(Gene gene) {
    Integer position = positions.get(gene);
    return position == null ? OptionalInt.empty() : OptionalInt.of(ranks[position]);
  }

  /**
   * The rank the gene would have if every tie were broken against it: the number of genes scoring
   * at least as high. Equal to {@link #rankOf} unless the gene is tied.
   */
  public OptionalInt lastRankOf(Gene gene) {
    Integer position = positions.get(gene);
    return position == null ? OptionalInt.empty() : OptionalInt.of(lastRanks[position]);
  }

  /** The gene's score (log10 likelihood ratio); empty if the gene has no annotations. */
  public OptionalDouble scoreOf(Gene gene) {
    Integer position = positions.get(gene);
    return position == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(geneScores[genesInOrder[position]]);
  }

  /**
   * The score a gene without any phenotype annotation gets for this patient (every observed term
   * unexplained), so that callers can place genes the annotations do not cover.
   */
  public double unannotatedGeneScore() {
    return unannotatedGeneScore;
  }

  /** The best {@code count} diseases over all annotated diseases, explained. */
  public List<DiseaseMatch> topDiseases(int count) {
    return IntStream.range(0, diseaseScores.length)
        .boxed()
        .sorted(Comparator.comparingDouble(d -> -diseaseScores[d]))
        .limit(count)
        .map(explainer::apply)
        .toList();
  }

  private GeneMatch match(int position) {
    int gene = genesInOrder[position];
    List<DiseaseMatch> diseases =
        IntStream.of(diseasesOfGene.apply(gene))
            .boxed()
            .sorted(Comparator.comparingDouble(d -> -diseaseScores[d]))
            .map(explainer::apply)
            .toList();
    double posterior = Math.pow(10, geneScores[gene] - logEvidenceTotal);
    return new GeneMatch(
        genes.get(gene),
        ranks[position],
        geneScores[gene],
        posterior,
        diseases,
        evidence.apply(gene));
  }

  /** Gene scores by the index of the genes this ranking was built on; callers must not modify. */
  double[] geneScoresByIndex() {
    return geneScores;
  }

  double[] diseaseScores() {
    return diseaseScores;
  }

  IntFunction<DiseaseMatch> explainer() {
    return explainer;
  }

  static double log10SumOfPowers(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double sum = 0;
    for (double score : scores) {
      sum += Math.pow(10, score - max);
    }
    return max + Math.log10(sum);
  }
}
