package org.gms.genomics.phenotype;

/**
 * Ranks genes and diseases by how well their HPO annotations explain a patient's phenotype.
 * Implementations are immutable and thread-safe: build one per loaded {@link PhenotypeKnowledge}
 * and query it from any number of threads.
 */
public interface GenePrioritiser {

  /** The algorithm and its version, as printed in reports (for example likelihood-ratio-2026). */
  String algorithm();

  /** Scores every annotated gene and disease for the patient. */
  Ranking rank(PatientPhenotype patient);

  /**
   * The current algorithm: a phenotype likelihood ratio with annotation frequencies, partial
   * matches through the ontology and excluded features (see {@code docs/phenotype.md}).
   */
  static GenePrioritiser likelihoodRatio(PhenotypeKnowledge knowledge) {
    return new LikelihoodRatio2026Prioritiser(knowledge);
  }

  /**
   * The human likelihood ratio with calibrated evidence from mouse mutants, the protein interaction
   * network and a gene prior; ranks genes without human annotations too (see {@code
   * docs/phenotype.md}).
   */
  static GenePrioritiser crossSpecies(
      PhenotypeKnowledge knowledge,
      org.gms.genomics.phenotype.modelorganism.MouseModels mouse,
      org.gms.genomics.phenotype.network.InteractionNetwork network,
      EvidenceCalibration calibration) {
    return new CrossSpeciesPrioritiser(knowledge, mouse, network, calibration);
  }
}
