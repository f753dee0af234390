package org.gms.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.benchmark.BenchmarkSummary;
import org.gms.genomics.phenotype.benchmark.CaseResult;
import org.gms.genomics.phenotype.benchmark.CoverageSummary;
import org.gms.genomics.phenotype.benchmark.PhenopacketBenchmark;
import org.gms.genomics.phenotype.benchmark.VariantEvidence;
import org.gms.genomics.phenotype.phenopacket.Phenopacket;
import org.gms.genomics.phenotype.phenopacket.PhenopacketReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark phenopackets}: ranks the causative gene of every published case found
 * under a folder, from its HPO terms alone and among decoy genotypes, and writes one row per case
 * with the summary as the last line.
 */
@Command(
    name = "phenopackets",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark: rank of each published case's causative gene from its HPO terms over all genes"
            + " (phenotype_rank) and among 100 decoy genotypes (case_rank); writes a TSV ending"
            + " with the summary line and prints the figures, also on the tuning and held-out"
            + " halves.")
final class BenchmarkPhenopacketsCommand implements Callable<Integer> {

  @Option(
      names = "--dir",
      required = true,
      description = "Folder searched recursively for phenopacket JSON files.")
  Path dir;

  @Option(names = "--output", required = true, description = "Results TSV to write.")
  Path output;

  @Mixin PhenotypeDataOptions data;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    PhenotypeKnowledge knowledge = data.load();
    knowledge.provenance().forEach(System.out::println);
    List<Phenopacket> cases = PhenopacketReader.readAll(dir);
    System.out.printf(
        Locale.ROOT,
        "%,d phenopackets read from %s; data loaded in %.1f s%n",
        cases.size(),
        dir,
        seconds(start));
    long ranking = System.nanoTime();
    PhenopacketBenchmark benchmark =
        new PhenopacketBenchmark(
            knowledge,
            GenePrioritiser.likelihoodRatio(knowledge),
            VariantEvidence.consequencePrior(),
            knowledge::gene);
    Progress progress = new Progress(cases.size());
    PhenopacketBenchmark.Run run = benchmark.run(cases, progress::update);
    progress.finish();
    PhenopacketBenchmark.write(run, output);
    List<CaseResult> results = run.results();
    System.out.printf(
        Locale.ROOT,
        "ranked in %.1f s (%.1f ms per case on %d cores); total %.1f s; %,d patient terms left"
            + " out as unresolvable%n",
        seconds(ranking),
        1000 * seconds(ranking) / Math.max(1, cases.size()),
        Runtime.getRuntime().availableProcessors(),
        seconds(start),
        run.termsLeftOut());
    List<String> unannotated =
        results.stream()
            .filter(r -> !r.annotated())
            .map(r -> r.caseId() + " (" + r.gene() + ")")
            .toList();
    if (!unannotated.isEmpty()) {
      System.out.println(
          unannotated.size()
              + " cases whose gene has no phenotype annotation (not in n): "
              + String.join(", ", unannotated));
    }
    print(
        "tuning half (even id hash)", results, r -> PhenopacketBenchmark.isTuningCase(r.caseId()));
    print(
        "held-out half (odd id hash)",
        results,
        r -> !PhenopacketBenchmark.isTuningCase(r.caseId()));
    System.out.println(
        "ties broken against the gene: " + BenchmarkSummary.tiesAgainst(results).line());
    System.out.println("all cases: " + run.summary().line());
    System.out.println(
        "causative gene dominated in the annotations (another gene's imply every observed term"
            + " its imply, and more): "
            + CoverageSummary.of(results).line());
    System.out.println("written " + output);
    return 0;
  }

  private static void print(String label, List<CaseResult> results, Predicate<CaseResult> subset) {
    System.out.println(
        label + ": " + BenchmarkSummary.of(results.stream().filter(subset).toList()).line());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Cases done, on the terminal only, at most twice a second. */
  private static final class Progress {
    private final boolean shown = System.console() != null;
    private final int total;
    private long lastShown;

    Progress(int total) {
      this.total = total;
    }

    synchronized void update(int done) {
      long now = System.nanoTime();
      if (!shown || (now - lastShown < 500_000_000L && done < total)) {
        return;
      }
      lastShown = now;
      System.err.printf(Locale.ROOT, "\r%,d / %,d cases   ", done, total);
    }

    synchronized void finish() {
      if (shown && lastShown != 0) {
        System.err.println();
      }
    }
  }
}
