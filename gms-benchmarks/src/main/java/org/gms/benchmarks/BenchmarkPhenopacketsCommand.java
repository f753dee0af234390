package org.gms.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gms.cli.PhenotypeDataOptions;
import org.gms.genomics.phenotype.CrossSpeciesComparison;
import org.gms.genomics.phenotype.EvidenceCalibration;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.benchmark.BenchmarkSummary;
import org.gms.genomics.phenotype.benchmark.CaseResult;
import org.gms.genomics.phenotype.benchmark.CoverageSummary;
import org.gms.genomics.phenotype.benchmark.GeneBackground;
import org.gms.genomics.phenotype.benchmark.PhenopacketBenchmark;
import org.gms.genomics.phenotype.benchmark.VariantEvidence;
import org.gms.genomics.phenotype.modelorganism.CrossSpeciesFiles;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;
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

  @Mixin CrossSpeciesOptions crossSpecies;

  @Option(
      names = "--fit",
      defaultValue = "weighted",
      description =
          "With --evidence cross-species and no --calibration: fit the calibration on the tuning"
              + " half, with the other annotated genes counted by their human posterior (weighted)"
              + " or equally (random), and rank with it; both fits are compared. Default:"
              + " ${DEFAULT-VALUE}.")
  String fit;

  @Option(
      names = "--gene-background",
      description =
          "gnomAD v2.1.1 constraint table with oe_lof and oe_lof_upper, for the second protocol"
              + " (the gene among itself and 100 genes drawn by expected rare-variant count)."
              + " Default: ../shared/reference/genes/gnomad.v2.1.1.gene-constraints.tsv.gz if"
              + " present.")
  Path geneBackground;

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
    CrossSpeciesFiles files = crossSpecies.files();
    Function<String, Optional<Gene>> genes =
        symbol -> knowledge.gene(symbol).or(() -> files.geneBySymbol(symbol));
    GenePrioritiser prioritiser = GenePrioritiser.likelihoodRatio(knowledge);
    List<String> comparisonNames = List.of();
    CrossSpeciesComparison comparison = null;
    if (crossSpecies.crossSpecies()) {
      MouseModels mouse = crossSpecies.mouse();
      InteractionNetwork network = crossSpecies.network();
      mouse.provenance().forEach(System.out::println);
      network.provenance().forEach(System.out::println);
      EvidenceCalibration chosen;
      List<EvidenceCalibration> compared = new ArrayList<>();
      compared.add(EvidenceCalibration.none());
      if (crossSpecies.calibration == null) {
        List<EvidenceCalibration.TuningCase> tuning = new ArrayList<>();
        for (Phenopacket c : cases) {
          if (!PhenopacketBenchmark.isTuningCase(c.id())) {
            continue;
          }
          Optional<Gene> gene = c.causativeGene().flatMap(genes);
          if (gene.isPresent()) {
            tuning.add(
                new EvidenceCalibration.TuningCase(
                    PatientPhenotype.resolve(
                            knowledge.ontology(),
                            c.observed(),
                            c.excluded(),
                            PatientPhenotype.UnresolvedIds.SKIP)
                        .phenotype(),
                    gene.get()));
          }
        }
        long fitting = System.nanoTime();
        List<EvidenceCalibration.Fit> fits =
            EvidenceCalibration.fit(
                "tuning half of " + dir.getFileName(), knowledge, mouse, network, tuning);
        System.out.printf(
            Locale.ROOT,
            "calibration fitted on %,d tuning cases in %.1f s%n",
            fits.get(0).cases(),
            seconds(fitting));
        for (EvidenceCalibration.Fit f : fits) {
          System.out.println(f.calibration().table().strip());
          System.out.println(f.counts());
          compared.add(f.calibration());
          for (EvidenceCalibration.Kind kind : EvidenceCalibration.Kind.values()) {
            compared.add(f.calibration().without(kind));
          }
        }
        chosen = fits.get(fit.equals("random") ? 0 : 1).calibration();
        Path table = output.resolveSibling(output.getFileName() + ".calibration.tsv");
        try {
          Files.writeString(table, chosen.table());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("Cannot write " + table, e);
        }
        System.out.println("calibration written to " + table);
      } else {
        chosen = crossSpecies.calibration();
        compared.add(chosen);
      }
      prioritiser = GenePrioritiser.crossSpecies(knowledge, mouse, network, chosen);
      comparison = CrossSpeciesComparison.of(prioritiser, compared);
      comparisonNames = comparison.names();
    }
    System.out.println("ranking with " + prioritiser.algorithm());
    PhenopacketBenchmark benchmark =
        new PhenopacketBenchmark(knowledge, prioritiser, VariantEvidence.consequencePrior(), genes);
    if (comparison != null) {
      benchmark.compareWith(comparison::ranks);
    }
    Path backgroundTable =
        geneBackground != null
            ? geneBackground
            : Path.of("../shared/reference/genes/gnomad.v2.1.1.gene-constraints.tsv.gz");
    if (geneBackground != null || Files.exists(backgroundTable)) {
      GeneBackground background = GeneBackground.read(backgroundTable);
      System.out.println(background.summary(backgroundTable));
      benchmark.withBackground(background, files::geneBySymbol);
    }
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
    Predicate<CaseResult> tuningHalf = r -> PhenopacketBenchmark.isTuningCase(r.caseId());
    Predicate<CaseResult> heldOut = tuningHalf.negate();
    Predicate<CaseResult> human = r -> !r.annotated() || r.humanAnnotated();
    print("tuning half (even id hash)", results, tuningHalf);
    print("held-out half (odd id hash)", results, heldOut);
    System.out.println(
        "ties broken against the gene: " + BenchmarkSummary.tiesAgainst(results).line());
    System.out.println("all cases: " + run.summary().line());
    System.out.println(
        "cases whose gene has human annotations (n comparable with the human-only ranking):");
    print("  tuning half", results, human.and(tuningHalf));
    print("  held-out half", results, human.and(heldOut));
    print("  all", results, human);
    printTiesAgainst("  held-out half", results, human.and(heldOut));
    printTiesAgainst("  all", results, human);
    printBackground(results, tuningHalf, heldOut);
    for (int i = 0; i < comparisonNames.size(); i++) {
      printAlternative(i, comparisonNames.get(i), results, tuningHalf, heldOut);
    }
    java.lang.management.MemoryMXBean memory =
        java.lang.management.ManagementFactory.getMemoryMXBean();
    long peak =
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        Locale.ROOT,
        "memory: heap in use %,d MB, peak (sum of heap pools) %,d MB, max %,d MB%n",
        memory.getHeapMemoryUsage().getUsed() >> 20,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
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

  private static void printTiesAgainst(
      String label, List<CaseResult> results, Predicate<CaseResult> subset) {
    System.out.println(
        label
            + ", ties against the gene: "
            + BenchmarkSummary.tiesAgainst(results.stream().filter(subset).toList()).line());
  }

  private static void printBackground(
      List<CaseResult> results, Predicate<CaseResult> tuning, Predicate<CaseResult> heldOut) {
    List<CaseResult> measured = results.stream().filter(r -> r.backgroundRank() > 0).toList();
    if (measured.isEmpty()) {
      return;
    }
    System.out.println(
        "second protocol (the gene among itself and "
            + PhenopacketBenchmark.BACKGROUND_GENES
            + " genes drawn by expected rare-variant count; ties against the gene):");
    for (var part :
        List.of(
            java.util.Map.entry("tuning half", tuning),
            java.util.Map.entry("held-out half", heldOut),
            java.util.Map.entry("all", (Predicate<CaseResult>) r -> true))) {
      for (boolean humanOnly : new boolean[] {true, false}) {
        List<CaseResult> subset =
            measured.stream()
                .filter(part.getValue())
                .filter(r -> !humanOnly || r.humanAnnotated())
                .toList();
        System.out.printf(
            Locale.ROOT,
            "  %s, %s: n=%d top1=%.3f top10=%.3f%n",
            part.getKey(),
            humanOnly ? "genes with human annotations" : "every ranked gene",
            subset.size(),
            share(subset, r -> r.backgroundRank() <= 1),
            share(subset, r -> r.backgroundRank() <= 10));
      }
    }
  }

  private static void printAlternative(
      int index,
      String name,
      List<CaseResult> results,
      Predicate<CaseResult> tuning,
      Predicate<CaseResult> heldOut) {
    StringBuilder line = new StringBuilder("compare [" + name + "], ties against:");
    for (var part :
        List.of(
            java.util.Map.entry("tuning", tuning),
            java.util.Map.entry("held-out", heldOut),
            java.util.Map.entry("all", (Predicate<CaseResult>) r -> true))) {
      for (boolean humanOnly : new boolean[] {true, false}) {
        List<CaseResult> subset =
            results.stream()
                .filter(CaseResult::annotated)
                .filter(part.getValue())
                .filter(r -> !humanOnly || r.humanAnnotated())
                .toList();
        double top1 = share(subset, r -> rankedWithin(r.alternativeRanks().get(index), 1));
        double top10 = share(subset, r -> rankedWithin(r.alternativeRanks().get(index), 10));
        long dominatedFirst =
            subset.stream()
                .filter(r -> r.dominatingGenes() > 0 && r.alternativeRanks().get(index) == 1)
                .count();
        long dominated = subset.stream().filter(r -> r.dominatingGenes() > 0).count();
        line.append(
            String.format(
                Locale.ROOT,
                " %s%s n=%d top1=%.3f top10=%.3f dominated-first=%d/%d;",
                part.getKey(),
                humanOnly ? "(human-annotated)" : "(all ranked)",
                subset.size(),
                top1,
                top10,
                dominatedFirst,
                dominated));
      }
    }
    System.out.println(line);
  }

  private static double share(List<CaseResult> results, Predicate<CaseResult> test) {
    return results.isEmpty() ? 0 : (double) results.stream().filter(test).count() / results.size();
  }

  /** Whether the rank is one (0: not ranked) among the first `top`. */
  private static boolean rankedWithin(int rank, int top) {
    return rank > 0 && rank <= top;
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
