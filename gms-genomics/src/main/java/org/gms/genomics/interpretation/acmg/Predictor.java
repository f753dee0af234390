package org.gms.genomics.interpretation.acmg;

/** The in-silico predictors the PP3/BP4 rule knows thresholds for. */
public enum Predictor {
  /** REVEL (Ioannidis et al. 2016), missense, 0 to 1. */
  REVEL,
  /** BayesDel without allele frequency (Feng 2017), missense. */
  BAYESDEL_NOAF,
  /** CADD PHRED-scaled score (Rentzsch et al.). */
  CADD_PHRED,
  /** SpliceAI maximum delta score (Jaganathan et al. 2019), 0 to 1. */
  SPLICEAI
}
