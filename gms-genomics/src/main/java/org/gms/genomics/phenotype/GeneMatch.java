package org.gms.genomics.phenotype;

import java.util.List;

/**
 * One gene in a ranking.
 *
 * @param gene the gene
 * @param rank 1-based: one more than the number of genes scoring strictly higher (tied genes share
 *     a rank)
 * @param score log10 likelihood ratio of the gene: of the sum of its diseases' likelihood ratios,
 *     each shared among the genes linked to the disease
 * @param posterior probability that this gene is the one, with every annotated disease equally
 *     likely before the phenotype is seen (its share divided among its genes)
 * @param diseases the gene's diseases, best first, each explained
 * @param evidence one line per piece of evidence beyond the human disease annotations (mouse
 *     mutants, interaction neighbours, prior), each naming its source and version; empty for the
 *     human-annotation-only ranking
 */
public record GeneMatch(
    Gene gene,
    int rank,
    double score,
    double posterior,
    List<DiseaseMatch> diseases,
    List<String> evidence) {

  public GeneMatch(
      Gene gene, int rank, double score, double posterior, List<DiseaseMatch> diseases) {
    this(gene, rank, score, posterior, diseases, List.of());
  }

  public GeneMatch {
    if (gene == null || rank < 1) {
      throw new IllegalArgumentException("A gene match needs a gene and a rank from 1");
    }
    diseases = List.copyOf(diseases);
    evidence = List.copyOf(evidence);
  }
}
