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
 */
public record GeneMatch(
    Gene gene, int rank, double score, double posterior, List<DiseaseMatch> diseases) {

  public GeneMatch {
    if (gene == null || rank < 1) {
      throw new IllegalArgumentException("A gene match needs a gene and a rank from 1");
    }
    diseases = List.copyOf(diseases);
  }
}
