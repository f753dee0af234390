package org.gms.genomics.phenotype.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.Ranking;
import org.gms.genomics.phenotype.ResolvedPhenotype;
import org.gms.genomics.phenotype.TermCoverage;
import org.gms.genomics.phenotype.phenopacket.CausativeVariant;
import org.gms.genomics.phenotype.phenopacket.Phenopacket;

/**
 * Ranks the causative gene of published cases. For each case: the gene's rank among all annotated
 * genes from the HPO terms alone ({@code phenotype_rank}), and the rank of the case's genotype
 * among itself and {@value #DECOYS} decoys ({@code case_rank}). Decoys are the causative genotypes
 * of other cases with other genes (one per gene), drawn with a seed fixed per case ({@link #SEED}
 * mixed with the case id), each scored as phenotype score of its gene plus its own variant
 * evidence. Each case also records how many genes dominate its gene in the annotations ({@link
 * TermCoverage}), which bounds what any annotation-matching ranking can do for it.
 */
public final class PhenopacketBenchmark {

  /** Decoy genotypes placed beside each case's own. */
  public static final int DECOYS = 100;

  /** Base seed of the decoy draw; each case mixes in the hash of its id. */
  public static final long SEED = 20_260_127L;

  /** Background genes placed beside the causative gene in the second protocol. */
  public static final int BACKGROUND_GENES = 100;

  private final PhenotypeKnowledge knowledge;
  private final GenePrioritiser prioritiser;
  private final VariantEvidence evidence;
  private final Function<String, Optional<Gene>> genes;
  private final TermCoverage coverage;
  private BiFunction<PatientPhenotype, Gene, List<Integer>> alternatives = (p, g) -> List.of();
  private GeneBackground background;
  private Function<String, Optional<Gene>> backgroundGenes = s -> Optional.empty();

  /**
   * @param genes finds the annotated gene for a phenopacket's gene symbol (symbols may have changed
   *     since the annotation release; the caller may bridge them through NCBI Gene ids)
   */
  public PhenopacketBenchmark(
      PhenotypeKnowledge knowledge,
      GenePrioritiser prioritiser,
      VariantEvidence evidence,
      Function<String, Optional<Gene>> genes) {
    this.knowledge = knowledge;
    this.prioritiser = prioritiser;
    this.evidence = evidence;
    this.genes = genes;
    this.coverage = TermCoverage.of(knowledge);
  }

  /**
   * Also records each case's phenotype rank (ties against the gene) under alternative
   * configurations, in {@link CaseResult#alternativeRanks()}.
   */
  public PhenopacketBenchmark compareWith(
      BiFunction<PatientPhenotype, Gene, List<Integer>> alternatives) {
    this.alternatives = alternatives;
    return this;
  }

  /**
   * Adds the second protocol: the causative gene among itself and {@value #BACKGROUND_GENES}
   * background genes drawn in proportion to their expected rare-variant count, seeded per case;
   * {@code symbols} turns the table's symbols into genes (unknown ones are not drawn again).
   */
  public PhenopacketBenchmark withBackground(
      GeneBackground background, Function<String, Optional<Gene>> symbols) {
    this.background = background;
    this.backgroundGenes = symbols;
    return this;
  }

  /** What a run produced: one result per case, in the order given, and the figures. */
  public record Run(List<CaseResult> results, BenchmarkSummary summary, int termsLeftOut) {
    public Run {
      results = List.copyOf(results);
    }
  }

  private record Candidate(String gene, List<CausativeVariant> genotype) {}

  private record Outcome(CaseResult result, int termsLeftOut) {}

  public Run run(List<Phenopacket> cases) {
    return run(cases, done -> {});
  }

  /**
   * Runs every case (in parallel) and reports progress: {@code progress} receives the number of
   * cases done so far, from whichever thread finished one.
   */
  public Run run(List<Phenopacket> cases, IntConsumer progress) {
    AtomicInteger done = new AtomicInteger();
    List<Candidate> pool = new ArrayList<>();
    for (Phenopacket phenopacket : cases) {
      phenopacket
          .causativeGene()
          .ifPresent(gene -> pool.add(new Candidate(gene, genotype(phenopacket, gene))));
    }
    List<Outcome> outcomes =
        cases.parallelStream()
            .map(
                c -> {
                  Outcome outcome = evaluate(c, pool);
                  progress.accept(done.incrementAndGet());
                  return outcome;
                })
            .toList();
    List<CaseResult> results = outcomes.stream().map(Outcome::result).toList();
    int leftOut = outcomes.stream().mapToInt(Outcome::termsLeftOut).sum();
    return new Run(results, BenchmarkSummary.of(results), leftOut);
  }

  private Outcome evaluate(Phenopacket phenopacket, List<Candidate> pool) {
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            knowledge.ontology(),
            phenopacket.observed(),
            phenopacket.excluded(),
            PatientPhenotype.UnresolvedIds.SKIP);
    int leftOut = (int) resolved.notes().stream().filter(n -> n.startsWith("left out")).count();
    Optional<String> symbol = phenopacket.causativeGene();
    Optional<Gene> named = symbol.flatMap(genes);
    if (named.isEmpty()) {
      return new Outcome(CaseResult.unannotated(phenopacket.id(), symbol.orElse("-")), leftOut);
    }
    Ranking ranking = prioritiser.rank(resolved.phenotype());
    Optional<Gene> gene = ranked(ranking, named.get());
    if (gene.isEmpty()) {
      return new Outcome(CaseResult.unannotated(phenopacket.id(), symbol.get()), leftOut);
    }
    int phenotypeRank = ranking.rankOf(gene.get()).orElseThrow();
    int tiesAgainst = ranking.lastRankOf(gene.get()).orElseThrow();
    double phenotypeScore = ranking.scoreOf(gene.get()).orElseThrow();
    double own = phenotypeScore + evidence.score(genotype(phenopacket, symbol.get()));
    int caseRank = 1;
    for (Candidate decoy : decoys(phenopacket.id(), symbol.get(), pool)) {
      double score = scoreOf(ranking, genes.apply(decoy.gene())) + evidence.score(decoy.genotype());
      if (score > own) {
        caseRank++;
      }
    }
    int backgroundRank = 0;
    if (background != null) {
      backgroundRank = 1;
      for (String other :
          background.draw(
              BACKGROUND_GENES, SEED ^ phenopacket.id().hashCode(), Set.of(symbol.get()))) {
        Optional<Gene> otherGene = backgroundGenes.apply(other);
        if (otherGene.isPresent() && otherGene.get().ncbiGeneId() == gene.get().ncbiGeneId()) {
          continue;
        }
        if (scoreOf(ranking, otherGene) >= phenotypeScore) {
          backgroundRank++;
        }
      }
    }
    List<Integer> alternativeRanks = alternatives.apply(resolved.phenotype(), named.get());
    boolean humanAnnotated = knowledge.geneByNcbiId(gene.get().ncbiGeneId()).isPresent();
    return new Outcome(
        new CaseResult(
            phenopacket.id(),
            symbol.get(),
            true,
            phenotypeRank,
            tiesAgainst,
            caseRank,
            humanAnnotated ? coverage.dominatingGenes(gene.get(), resolved.phenotype()) : 0,
            humanAnnotated,
            backgroundRank,
            alternativeRanks),
        leftOut);
  }

  /** The gene as the ranking has it (found by NCBI Gene id, as symbols change), if ranked. */
  private static Optional<Gene> ranked(Ranking ranking, Gene gene) {
    return ranking.rankOf(gene).isPresent()
        ? Optional.of(gene)
        : ranking.geneByNcbiId(gene.ncbiGeneId());
  }

  private static double scoreOf(Ranking ranking, Optional<Gene> gene) {
    return gene.flatMap(g -> ranked(ranking, g))
        .flatMap(g -> boxed(ranking.scoreOf(g)))
        .orElse(ranking.unannotatedGeneScore());
  }

  /**
   * Whether a case belongs to the tuning half of the published cases (even hash of its id), on
   * which the model's constants may be chosen; figures on the other half are held out.
   */
  public static boolean isTuningCase(String caseId) {
    return (caseId.hashCode() & 1) == 0;
  }

  private static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  /** Up to {@value #DECOYS} candidates of distinct genes other than the case's, seeded per case. */
  private static List<Candidate> decoys(String caseId, String gene, List<Candidate> pool) {
    SplittableRandom random = new SplittableRandom(SEED ^ caseId.hashCode());
    int[] order = new int[pool.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Set<String> used = new HashSet<>(Set.of(gene));
    List<Candidate> chosen = new ArrayList<>(DECOYS);
    for (int i = 0; i < order.length && chosen.size() < DECOYS; i++) {
      int pick = i + random.nextInt(order.length - i);
      int swap = order[i];
      order[i] = order[pick];
      order[pick] = swap;
      Candidate candidate = pool.get(order[i]);
      if (used.add(candidate.gene())) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  private static List<CausativeVariant> genotype(Phenopacket phenopacket, String gene) {
    return phenopacket.variants().stream().filter(v -> v.geneSymbol().equals(gene)).toList();
  }

  /** Writes the TSV: header, one row per case, and the summary as the last line. */
  public static void write(Run run, Path tsv) {
    try (BufferedWriter out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      out.write("case_id\tgene\tphenotype_rank\tcase_rank\tbackground_rank\thuman_annotated\n");
      for (CaseResult result : run.results()) {
        out.write(result.row());
        out.write('\n');
      }
      out.write(run.summary().line());
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + tsv, e);
    }
  }
}
