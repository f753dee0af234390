package org.gms.genomics.phenotype.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures split by whether the causative gene is dominated in the annotations:
 * another gene's annotations imply every observed term the causative gene's imply, and more (see
 * {@link org.gms.genomics.phenotype.TermCoverage}). A ranking that places a dominated gene first
 * does so against the evidence of which findings the annotations explain, so the share of dominated
 * cases tells how much of a miss lies with the annotations rather than the ranking.
 *
 * @param n cases whose gene has annotations
 * @param dominated how many of them have a dominated gene
 * @param dominatedTop1 fraction of the dominated cases ranked first
 * @param dominatedTop10 fraction of the dominated cases in the top 10
 * @param othersTop1 fraction of the other cases ranked first
 * @param othersTop10 fraction of the other cases in the top 10
 * @param dominatedByTen how many cases have a gene dominated by at least 10 genes (which a ranking
 *     places in the top 10 only against that evidence)
 * @param dominatedByTenTop10 fraction of those in the top 10
 */
public record CoverageSummary(
    int n,
    int dominated,
    double dominatedTop1,
    double dominatedTop10,
    double othersTop1,
    double othersTop10,
    int dominatedByTen,
    double dominatedByTenTop10) {

  public static CoverageSummary of(List<CaseResult> results) {
    List<CaseResult> ranked = results.stream().filter(CaseResult::annotated).toList();
    List<CaseResult> dominated = ranked.stream().filter(r -> r.dominatingGenes() > 0).toList();
    List<CaseResult> others = ranked.stream().filter(r -> r.dominatingGenes() == 0).toList();
    List<CaseResult> byTen = ranked.stream().filter(r -> r.dominatingGenes() >= 10).toList();
    return new CoverageSummary(
        ranked.size(),
        dominated.size(),
        within(dominated, 1),
        within(dominated, 10),
        within(others, 1),
        within(others, 10),
        byTen.size(),
        within(byTen, 10));
  }

  private static double within(List<CaseResult> results, int rank) {
    return BenchmarkSummary.fraction(
        results.stream().filter(r -> r.phenotypeRank() <= rank).count(), results.size());
  }

  /**
   * The most top-1 could reach if every case whose gene is not dominated were ranked first and the
   * dominated ones stayed as they are.
   */
  public double top1Ceiling() {
    return n == 0 ? 0 : ((n - dominated) + dominated * dominatedTop1) / n;
  }

  /**
   * The most top-10 could reach if every case whose gene is dominated by fewer than 10 genes were
   * in the top 10 and the others stayed as they are.
   */
  public double top10Ceiling() {
    return n == 0 ? 0 : ((n - dominatedByTen) + dominatedByTen * dominatedByTenTop10) / n;
  }

  /**
   * {@code dominated=D of N (P%) top1=F top10=F; others top1=F top10=F; top1 ceiling=F}, the
   * ceiling as {@link #top1Ceiling()}, then the same for genes dominated by at least 10 and the
   * top-10 ceiling ({@link #top10Ceiling()}).
   */
  public String line() {
    return String.format(
        Locale.ROOT,
        "dominated=%d of %d (%.1f%%) top1=%.3f top10=%.3f; others top1=%.3f top10=%.3f;"
            + " top1 ceiling=%.3f; dominated by >=10 genes=%d top10=%.3f; top10 ceiling=%.3f",
        dominated,
        n,
        n == 0 ? 0 : 100.0 * dominated / n,
        dominatedTop1,
        dominatedTop10,
        othersTop1,
        othersTop10,
        top1Ceiling(),
        dominatedByTen,
        dominatedByTenTop10,
        top10Ceiling());
  }
}
