package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.genomics.phenotype.EvidenceCalibration.Kind;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;

/**
 * The human likelihood ratio combined with calibrated evidence from mouse mutants, the interaction
 * network and a gene prior ({@code likelihood-ratio-cross-species-2026}). Ranks every gene with
 * human annotations, a mouse mutant or an interaction: a gene's log10 score is its human score (for
 * a gene without human annotations: the score of a disease explaining nothing plus the calibrated
 * prior offset) plus the log10 likelihood ratio of its mouse bin, its network bin and its prior bin
 * ({@link EvidenceCalibration}). The pieces are combined as independent given the gene; the
 * calibration is what keeps them from being "simply added".
 */
final class CrossSpeciesPrioritiser implements GenePrioritiser {

  /** Restart probability of the walk: half the mass stays within one step of the seeds. */
  static final double RESTART = 0.5;

  static final int ITERATIONS = 12;

  private final PhenotypeKnowledge knowledge;
  private final LikelihoodRatio2026Prioritiser human;
  private final MouseModels mouse;
  private final InteractionNetwork network;
  private final EvidenceCalibration calibration;
  private final List<Gene> universe;
  private final int[] annotatedIndex;
  private final int[] mouseIndex;
  private final int[] networkIndex;
  private final int[] mouseToUniverse;
  private final int[] networkToUniverse;
  private final double[] shares;
  private final double annotatedShares;

  CrossSpeciesPrioritiser(
      PhenotypeKnowledge knowledge,
      MouseModels mouse,
      InteractionNetwork network,
      EvidenceCalibration calibration) {
    this.knowledge = knowledge;
    this.human = new LikelihoodRatio2026Prioritiser(knowledge);
    this.mouse = mouse;
    this.network = network;
    this.calibration = calibration;
    Map<Integer, Integer> byNcbi = new HashMap<>();
    List<Gene> genes = new ArrayList<>(knowledge.genes());
    for (int g = 0; g < genes.size(); g++) {
      byNcbi.putIfAbsent(genes.get(g).ncbiGeneId(), g);
    }
    mouseToUniverse = addAll(mouse.genes(), genes, byNcbi);
    networkToUniverse = addAll(network.genes(), genes, byNcbi);
    universe = List.copyOf(genes);
    annotatedIndex = new int[universe.size()];
    mouseIndex = new int[universe.size()];
    networkIndex = new int[universe.size()];
    Arrays.fill(annotatedIndex, -1);
    Arrays.fill(mouseIndex, -1);
    Arrays.fill(networkIndex, -1);
    for (int g = 0; g < knowledge.genes().size(); g++) {
      annotatedIndex[g] = g;
    }
    for (int m = 0; m < mouseToUniverse.length; m++) {
      mouseIndex[mouseToUniverse[m]] = m;
    }
    for (int n = 0; n < networkToUniverse.length; n++) {
      networkIndex[networkToUniverse[n]] = n;
    }
    double[] diseaseGenes = new double[knowledge.diseaseCount()];
    for (int g = 0; g < knowledge.genes().size(); g++) {
      for (int d : knowledge.diseasesOfGene(g)) {
        diseaseGenes[d]++;
      }
    }
    shares = new double[knowledge.genes().size()];
    double total = 0;
    for (int g = 0; g < shares.length; g++) {
      for (int d : knowledge.diseasesOfGene(g)) {
        shares[g] += 1 / diseaseGenes[d];
      }
      total += shares[g];
    }
    annotatedShares = total;
  }

  private static int[] addAll(List<Gene> more, List<Gene> genes, Map<Integer, Integer> byNcbi) {
    int[] positions = new int[more.size()];
    for (int i = 0; i < more.size(); i++) {
      Gene gene = more.get(i);
      Integer known = byNcbi.get(gene.ncbiGeneId());
      if (known == null) {
        known = genes.size();
        genes.add(gene);
        byNcbi.put(gene.ncbiGeneId(), known);
      }
      positions[i] = known;
    }
    return positions;
  }

  @Override
  public String algorithm() {
    return "likelihood-ratio-cross-species-2026 (calibration: " + calibration.name() + ")";
  }

  /** Every ranked gene: the annotated ones first, then those with mouse or network data. */
  List<Gene> universe() {
    return universe;
  }

  /** Every gene's score under each calibration, from one computation of the evidence. */
  double[][] scores(PatientPhenotype patient, List<EvidenceCalibration> calibrations) {
    Query query = query(patient);
    double[][] scores = new double[calibrations.size()][universe.size()];
    for (int c = 0; c < calibrations.size(); c++) {
      for (int u = 0; u < universe.size(); u++) {
        scores[c][u] = query.score(u, calibrations.get(c));
      }
    }
    return scores;
  }

  /** How many genes have no human annotation but mouse or network data. */
  int unannotatedGenes() {
    return universe.size() - knowledge.genes().size();
  }

  double annotatedShares() {
    return annotatedShares;
  }

  /**
   * The last patient's evidence on this thread: the benchmark scores one patient with several
   * calibrations in a row, and the evidence does not depend on the calibration.
   */
  private final ThreadLocal<Query> last = new ThreadLocal<>();

  private Query query(PatientPhenotype patient) {
    Query cached = last.get();
    if (cached != null && cached.patient == patient) {
      return cached;
    }
    Query query = new Query(patient);
    last.set(query);
    return query;
  }

  @Override
  public Ranking rank(PatientPhenotype patient) {
    Query query = query(patient);
    double[] scores = new double[universe.size()];
    for (int u = 0; u < scores.length; u++) {
      scores[u] = query.score(u, calibration);
    }
    return new Ranking(
        knowledge,
        universe,
        u -> annotatedIndex[u] < 0 ? new int[0] : knowledge.diseasesOfGene(annotatedIndex[u]),
        query::explain,
        scores,
        query.human.diseaseScores(),
        query.fallbackScore(calibration),
        query.human.explainer());
  }

  /**
   * Counts one tuning case into the fitter: the causative gene's bins and everyone else's.
   *
   * <p>Both fitters get the case: {@code random} counts the other annotated genes equally, {@code
   * weightedFitter} by their human posterior.
   *
   * @return false when the causative gene is not ranked (no data of any kind)
   */
  boolean observe(
      PatientPhenotype patient,
      Gene causative,
      EvidenceCalibration.Fitter random,
      EvidenceCalibration.Fitter weightedFitter) {
    int target = -1;
    for (int u = 0; u < universe.size(); u++) {
      if (universe.get(u).ncbiGeneId() == causative.ncbiGeneId()
          || universe.get(u).symbol().equals(causative.symbol())) {
        target = u;
        break;
      }
    }
    if (target < 0) {
      return false;
    }
    Query query = new Query(patient);
    observe(query, target, random, false);
    observe(query, target, weightedFitter, true);
    return true;
  }

  private void observe(
      Query query, int target, EvidenceCalibration.Fitter fitter, boolean weighted) {
    boolean causalAnnotated = annotatedIndex[target] >= 0;
    fitter.addCase(causalAnnotated);
    for (Kind kind : Kind.values()) {
      fitter.addCausal(kind, causalAnnotated, query.bin(kind, target));
      for (int stratum = 0; stratum < 2; stratum++) {
        boolean annotated = stratum == 0;
        double[] weights = new double[EvidenceCalibration.BINS];
        double total = 0;
        for (int u = 0; u < universe.size(); u++) {
          if (u == target || (annotatedIndex[u] >= 0) != annotated) {
            continue;
          }
          double w;
          if (!annotated) {
            w = 1;
          } else if (kind == Kind.PRIOR) {
            w = shares[annotatedIndex[u]];
          } else {
            w = weighted ? query.posterior[annotatedIndex[u]] : 1;
          }
          weights[query.bin(kind, u)] += w;
          total += w;
        }
        for (int b = 0; b < weights.length; b++) {
          weights[b] /= Math.max(total, Double.MIN_VALUE);
        }
        fitter.addOther(kind, annotated, weights);
      }
    }
  }

  /** One patient's evidence: human scores, mouse and network scores and their percentiles. */
  private final class Query {
    final PatientPhenotype patient;
    final Ranking human;
    final double[] humanScores;
    final double[] posterior;
    final List<HpoTermId> observed;
    final double[] mouseScores;
    final double[] mouseSorted;
    final double[] networkScores;
    final double[] networkSorted;
    final byte[][] bins;

    Query(PatientPhenotype patient) {
      this.patient = patient;
      human = CrossSpeciesPrioritiser.this.human.rank(patient);
      humanScores = human.geneScoresByIndex();
      double total = Ranking.log10SumOfPowers(humanScores);
      posterior = new double[humanScores.length];
      for (int g = 0; g < posterior.length; g++) {
        posterior[g] = Math.pow(10, humanScores[g] - total);
      }
      HpoOntology ontology = knowledge.ontology();
      observed =
          Arrays.stream(PatientTerms.of(ontology, patient).observed())
              .mapToObj(ontology::termAt)
              .toList();
      mouseScores = mouse.scores(ontology, observed);
      mouseSorted = sorted(mouseScores);
      double[] seeds = new double[network.genes().size()];
      for (int n = 0; n < seeds.length; n++) {
        int a = annotatedIndex[networkToUniverse[n]];
        seeds[n] = a < 0 ? 0 : posterior[a];
      }
      networkScores = network.propagate(seeds, RESTART, ITERATIONS);
      networkSorted = sorted(networkScores);
      bins = new byte[Kind.values().length][universe.size()];
      for (Kind kind : Kind.values()) {
        for (int u = 0; u < universe.size(); u++) {
          bins[kind.ordinal()][u] = (byte) computeBin(kind, u);
        }
      }
    }

    private static double[] sorted(double[] values) {
      double[] copy = values.clone();
      Arrays.sort(copy);
      return copy;
    }

    int bin(Kind kind, int u) {
      return bins[kind.ordinal()][u];
    }

    private int computeBin(Kind kind, int u) {
      return switch (kind) {
        case MOUSE -> bin(mouseIndex[u], mouseScores, mouseSorted);
        case NETWORK -> bin(networkIndex[u], networkScores, networkSorted);
        case PRIOR ->
            annotatedIndex[u] < 0
                ? 0
                : EvidenceCalibration.diseaseCountBin(
                    knowledge.diseasesOfGene(annotatedIndex[u]).length);
      };
    }

    private static int bin(int index, double[] scores, double[] sorted) {
      if (index < 0) {
        return 0;
      }
      double value = scores[index];
      if (value <= 0) {
        return 1;
      }
      return EvidenceCalibration.percentileBin(share(value, sorted));
    }

    /** Share of genes with data scoring at least as high as the value. */
    private static double share(double value, double[] sorted) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return (double) (sorted.length - lo) / sorted.length;
    }

    double score(int u, EvidenceCalibration calibration) {
      boolean annotated = annotatedIndex[u] >= 0;
      double total =
          annotated
              ? humanScores[annotatedIndex[u]]
              : human.unannotatedGeneScore() + calibration.unannotatedOffset();
      for (Kind kind : Kind.values()) {
        total += calibration.log10Ratio(kind, annotated, bin(kind, u));
      }
      return total;
    }

    /** The score of a gene with no data of any kind. */
    double fallbackScore(EvidenceCalibration calibration) {
      return human.unannotatedGeneScore()
          + calibration.unannotatedOffset()
          + calibration.log10Ratio(Kind.MOUSE, false, 0)
          + calibration.log10Ratio(Kind.NETWORK, false, 0);
    }

    List<String> explain(int u) {
      boolean annotated = annotatedIndex[u] >= 0;
      List<String> lines = new ArrayList<>();
      if (!annotated) {
        lines.add(
            String.format(
                Locale.ROOT,
                "no human disease annotation (%s): every term unexplained, prior %+.2f",
                "HPO annotations loaded",
                calibration.unannotatedOffset()));
      } else {
        int diseases = knowledge.diseasesOfGene(annotatedIndex[u]).length;
        lines.add(
            String.format(
                Locale.ROOT,
                "prior: %d annotated disease%s -> %+.2f (calibration %s)",
                diseases,
                diseases == 1 ? "" : "s",
                calibration.log10Ratio(Kind.PRIOR, true, bin(Kind.PRIOR, u)),
                calibration.name()));
      }
      int m = mouseIndex[u];
      double mouseRatio = calibration.log10Ratio(Kind.MOUSE, annotated, bin(Kind.MOUSE, u));
      if (m < 0) {
        lines.add(
            String.format(
                Locale.ROOT,
                "mouse (MGI 2016-10-13 via PhenoRank): no mutant with phenotypes -> %+.2f",
                mouseRatio));
      } else {
        List<String> matches = mouse.explain(m, knowledge.ontology(), observed);
        lines.add(
            String.format(
                Locale.ROOT,
                "mouse (MGI 2016-10-13 via PhenoRank; uPheno HP-MP 2020-01-24): %d mutant%s of"
                    + " the orthologue, %d of %d terms matched%s -> %+.2f",
                mouse.mutantsOf(m),
                mouse.mutantsOf(m) == 1 ? "" : "s",
                matches.size(),
                observed.size(),
                mouseScores[m] > 0
                    ? String.format(
                        Locale.ROOT,
                        " (top %.1f%% of mouse genes for this patient)",
                        100 * share(mouseScores[m], mouseSorted))
                    : "",
                mouseRatio));
        matches.forEach(line -> lines.add("  mouse: " + line));
      }
      int n = networkIndex[u];
      double networkRatio = calibration.log10Ratio(Kind.NETWORK, annotated, bin(Kind.NETWORK, u));
      if (n < 0) {
        lines.add(
            String.format(
                Locale.ROOT,
                "interactions (PRINCE 2016: BioGRID, HI-II-14, HPRD, IntAct): none -> %+.2f",
                networkRatio));
      } else {
        List<String> partners = new ArrayList<>();
        network.neighboursOf(n).stream()
            .map(
                g -> {
                  int a = -1;
                  for (int i = 0; i < knowledge.genes().size() && a < 0; i++) {
                    a = knowledge.genes().get(i).ncbiGeneId() == g.ncbiGeneId() ? i : -1;
                  }
                  return Map.entry(g, a < 0 ? 0.0 : posterior[a]);
                })
            .filter(e -> e.getValue() >= 0.001)
            .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
            .limit(3)
            .forEach(
                e ->
                    partners.add(
                        String.format(
                            Locale.ROOT, "%s (posterior %.1f%%)", e.getKey(), 100 * e.getValue())));
        lines.add(
            String.format(
                Locale.ROOT,
                "interactions (PRINCE 2016: BioGRID, HI-II-14, HPRD, IntAct): %d partner%s%s ->"
                    + " %+.2f",
                network.neighboursOf(n).size(),
                network.neighboursOf(n).size() == 1 ? "" : "s",
                partners.isEmpty()
                    ? ""
                    : "; with matching diseases: " + String.join(", ", partners),
                networkRatio));
      }
      return lines;
    }
  }
}
