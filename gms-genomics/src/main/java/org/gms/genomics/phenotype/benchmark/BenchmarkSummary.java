package org.gms.genomics.phenotype.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The benchmark's figures: over the N cases whose gene has annotations, the fraction with the gene
 * ranked first, in the top 3 and in the top 10 from phenotype alone, and first and in the top 10
 * among the decoys; plus how many cases had an unannotated gene.
 */
public record BenchmarkSummary(
    int n,
    double top1,
    double top3,
    double top10,
    double caseTop1,
    double caseTop10,
    int unannotated) {

  /** The figures with phenotype ranks as reported (tied genes share the best rank). */
  public static BenchmarkSummary of(List<CaseResult> results) {
    return of(results, false);
  }

  /**
   * The figures with every phenotype tie broken against the causative gene: the lower bound, which
   * shows how much the reported figures owe to ties.
   */
  public static BenchmarkSummary tiesAgainst(List<CaseResult> results) {
    return of(results, true);
  }

  private static BenchmarkSummary of(List<CaseResult> results, boolean tiesAgainst) {
    ToIntFunction<CaseResult> rank =
        tiesAgainst ? CaseResult::phenotypeRankTiesAgainst : CaseResult::phenotypeRank;
    List<CaseResult> ranked = results.stream().filter(CaseResult::annotated).toList();
    int n = ranked.size();
    return new BenchmarkSummary(
        n,
        fraction(ranked.stream().filter(r -> rank.applyAsInt(r) <= 1).count(), n),
        fraction(ranked.stream().filter(r -> rank.applyAsInt(r) <= 3).count(), n),
        fraction(ranked.stream().filter(r -> rank.applyAsInt(r) <= 10).count(), n),
        fraction(ranked.stream().filter(r -> r.caseRank() <= 1).count(), n),
        fraction(ranked.stream().filter(r -> r.caseRank() <= 10).count(), n),
        results.size() - n);
  }

  static double fraction(long count, int total) {
    return total == 0 ? 0 : (double) count / total;
  }

  /** {@code n=N top1=F top3=F top10=F case_top1=F case_top10=F unannotated=U}. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "n=%d top1=%.3f top3=%.3f top10=%.3f case_top1=%.3f case_top10=%.3f unannotated=%d",
        n,
        top1,
        top3,
        top10,
        caseTop1,
        caseTop10,
        unannotated);
  }
}
