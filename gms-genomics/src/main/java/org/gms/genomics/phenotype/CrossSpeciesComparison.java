package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;

/**
 * Ranks of one gene under several calibrations at the cost of one: the patient's human, mouse and
 * network evidence is computed once and scored with each calibration, and the gene's rank counted
 * with ties against it (the number of genes scoring at least as high). For choosing between
 * configurations on the tuning half; {@link EvidenceCalibration#none()} is the human-only ranking.
 */
public final class CrossSpeciesComparison {

  private final CrossSpeciesPrioritiser prioritiser;
  private final List<EvidenceCalibration> calibrations;
  private final Map<Integer, Integer> index = new HashMap<>();

  private CrossSpeciesComparison(
      CrossSpeciesPrioritiser prioritiser, List<EvidenceCalibration> calibrations) {
    this.prioritiser = prioritiser;
    this.calibrations = List.copyOf(calibrations);
    List<Gene> genes = prioritiser.universe();
    for (int u = 0; u < genes.size(); u++) {
      index.putIfAbsent(genes.get(u).ncbiGeneId(), u);
    }
  }

  public static CrossSpeciesComparison of(
      PhenotypeKnowledge knowledge,
      MouseModels mouse,
      InteractionNetwork network,
      List<EvidenceCalibration> calibrations) {
    return new CrossSpeciesComparison(
        new CrossSpeciesPrioritiser(knowledge, mouse, network, EvidenceCalibration.none()),
        calibrations);
  }

  /**
   * Compares on the evidence of a cross-species prioritiser (from {@link
   * GenePrioritiser#crossSpecies}), reusing what it computed for the same patient object on the
   * same thread.
   */
  public static CrossSpeciesComparison of(
      GenePrioritiser crossSpecies, List<EvidenceCalibration> calibrations) {
    if (!(crossSpecies instanceof CrossSpeciesPrioritiser prioritiser)) {
      throw new IllegalArgumentException("Not a cross-species prioritiser: " + crossSpecies);
    }
    return new CrossSpeciesComparison(prioritiser, calibrations);
  }

  public List<String> names() {
    return calibrations.stream().map(EvidenceCalibration::name).toList();
  }

  /** The gene's rank (ties against it) under each calibration; 0 when the gene has no data. */
  public List<Integer> ranks(PatientPhenotype patient, Gene gene) {
    Integer target = index.get(gene.ncbiGeneId());
    List<Integer> ranks = new ArrayList<>();
    if (target == null) {
      calibrations.forEach(c -> ranks.add(0));
      return ranks;
    }
    double[][] scores = prioritiser.scores(patient, calibrations);
    for (double[] row : scores) {
      double own = row[target];
      int rank = 0;
      for (double score : row) {
        rank += score >= own ? 1 : 0;
      }
      ranks.add(Double.isInfinite(own) ? 0 : rank);
    }
    return ranks;
  }
}
