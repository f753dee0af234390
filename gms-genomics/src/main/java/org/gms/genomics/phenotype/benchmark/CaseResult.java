package org.gms.genomics.phenotype.benchmark;

import java.util.List;
import java.util.OptionalInt;

/**
 * One published case in the benchmark.
 *
 * @param caseId the phenopacket id
 * @param gene the causative gene symbol, or "-" when the case names none
 * @param annotated whether the gene has phenotype annotations in the set used
 * @param phenotypeRank rank of the gene among all annotated genes from the HPO terms alone (one
 *     more than the number of genes scoring strictly higher)
 * @param phenotypeRankTiesAgainst the same with every tie broken against the gene (the number of
 *     genes scoring at least as high)
 * @param caseRank rank of the case's genotype among it and its decoys (phenotype plus variant)
 * @param dominatingGenes how many other genes' annotations imply every observed term the gene's
 *     imply, and more (see {@link org.gms.genomics.phenotype.TermCoverage}); 0 when not annotated
 * @param humanAnnotated whether the gene has human disease annotations (a ranking with other
 *     evidence also ranks genes without; the figures comparable with the human-only ranking are
 *     over these)
 * @param backgroundRank rank of the gene among itself and the background genes of the second
 *     protocol, ties counted against it; 0 when not measured
 * @param alternativeRanks phenotype ranks (ties against) under the alternative configurations the
 *     run compares, in the order the run names them
 */
public record CaseResult(
    String caseId,
    String gene,
    boolean annotated,
    int phenotypeRank,
    int phenotypeRankTiesAgainst,
    int caseRank,
    int dominatingGenes,
    boolean humanAnnotated,
    int backgroundRank,
    List<Integer> alternativeRanks) {

  public CaseResult(
      String caseId,
      String gene,
      boolean annotated,
      int phenotypeRank,
      int phenotypeRankTiesAgainst,
      int caseRank,
      int dominatingGenes) {
    this(
        caseId,
        gene,
        annotated,
        phenotypeRank,
        phenotypeRankTiesAgainst,
        caseRank,
        dominatingGenes,
        annotated,
        0,
        List.of());
  }

  /** Marks a rank that does not exist because the gene has no annotation. */
  public static final int NOT_RANKED = 0;

  public CaseResult {
    if (caseId == null || gene == null) {
      throw new IllegalArgumentException("A case result needs the case id and gene");
    }
    if (annotated != (phenotypeRank > 0 && caseRank > 0)
        || phenotypeRankTiesAgainst < phenotypeRank) {
      throw new IllegalArgumentException(
          caseId + ": annotated genes have both ranks, unannotated ones neither");
    }
    alternativeRanks = List.copyOf(alternativeRanks);
    if (backgroundRank < 0) {
      throw new IllegalArgumentException(caseId + ": a background rank cannot be negative");
    }
    if (dominatingGenes < 0) {
      throw new IllegalArgumentException(
          caseId + ": a count of dominating genes cannot be negative");
    }
  }

  static CaseResult unannotated(String caseId, String gene) {
    return new CaseResult(caseId, gene, false, NOT_RANKED, NOT_RANKED, NOT_RANKED, 0);
  }

  public OptionalInt phenotypeRankIfAny() {
    return annotated ? OptionalInt.of(phenotypeRank) : OptionalInt.empty();
  }

  /**
   * The TSV row: case_id, gene, phenotype_rank, case_rank, background_rank (NA when not ranked or
   * measured), human_annotated.
   */
  String row() {
    return String.join(
        "\t",
        caseId,
        gene,
        annotated ? Integer.toString(phenotypeRank) : "NA",
        annotated ? Integer.toString(caseRank) : "NA",
        backgroundRank > 0 ? Integer.toString(backgroundRank) : "NA",
        humanAnnotated ? "yes" : "no");
  }
}
