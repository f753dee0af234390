package org.gms.genomics.interpretation.acmg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of the evidence rules that a laboratory may set per disease or gene. Published
 * calibrations (PVS1 tree, in-silico thresholds, PM3 and de novo points) are not settings.
 *
 * @param ba1Frequency BA1 above this allele frequency (ClinGen SVI, Ghosh et al. 2018: 5%)
 * @param bs1Frequency BS1 above this frequency unless the gene has its own (a generic default; set
 *     the disease's maximum credible allele frequency, Whiffin et al. 2017)
 * @param bs1ByGene BS1 thresholds per HGNC symbol
 * @param pm2DominantFrequency PM2 at or below this frequency for dominant or unknown inheritance
 *     (0: absent from the population reference)
 * @param pm2RecessiveFrequency PM2 at or below this frequency for recessive diseases
 * @param pm2Strength PM2 strength (ClinGen SVI 2020 and ACGS: supporting)
 * @param missensePredictors the missense predictors to use for PP3/BP4, first available wins
 *     (Pejaver et al. 2022 recommend one calibrated tool per variant)
 * @param phenotypeSpecificity phenotype specificity (0..1) from which the phenotype counts as
 *     highly specific: PP4, and the higher de novo weights
 */
public record AcmgSettings(
    double ba1Frequency,
    double bs1Frequency,
    Map<String, Double> bs1ByGene,
    double pm2DominantFrequency,
    double pm2RecessiveFrequency,
    Strength pm2Strength,
    List<Predictor> missensePredictors,
    double phenotypeSpecificity) {

  public AcmgSettings {
    bs1ByGene = Map.copyOf(bs1ByGene);
    missensePredictors = List.copyOf(missensePredictors);
    if (!(pm2DominantFrequency <= pm2RecessiveFrequency
        && pm2RecessiveFrequency < bs1Frequency
        && bs1Frequency < ba1Frequency
        && ba1Frequency <= 1
        && pm2DominantFrequency >= 0)) {
      throw new IllegalArgumentException(
          "Frequency thresholds must rise: 0 <= PM2 dominant <= PM2 recessive < BS1 < BA1 <= 1");
    }
    bs1ByGene.forEach(
        (gene, threshold) -> {
          if (!(threshold > pm2RecessiveFrequency && threshold < ba1Frequency)) {
            throw new IllegalArgumentException(
                "BS1 threshold for " + gene + " must lie between the PM2 and BA1 thresholds");
          }
        });
    if (missensePredictors.contains(Predictor.SPLICEAI)) {
      throw new IllegalArgumentException("SpliceAI is a splicing predictor, not a missense one");
    }
    if (!(phenotypeSpecificity > 0 && phenotypeSpecificity <= 1)) {
      throw new IllegalArgumentException("Phenotype specificity threshold lies in (0, 1]");
    }
  }

  /**
   * BA1 5%, BS1 1%, PM2 absent (dominant) or at most 0.01% (recessive) at supporting strength;
   * REVEL, then BayesDel, then CADD; phenotype specific from 0.8.
   */
  public static AcmgSettings defaults() {
    return new AcmgSettings(
        0.05,
        0.01,
        Map.of(),
        0.0,
        0.0001,
        Strength.SUPPORTING,
        List.of(Predictor.REVEL, Predictor.BAYESDEL_NOAF, Predictor.CADD_PHRED),
        0.8);
  }

  public AcmgSettings withBs1(String gene, double frequency) {
    Map<String, Double> copy = new HashMap<>(bs1ByGene);
    copy.put(gene, frequency);
    return new AcmgSettings(
        ba1Frequency,
        bs1Frequency,
        copy,
        pm2DominantFrequency,
        pm2RecessiveFrequency,
        pm2Strength,
        missensePredictors,
        phenotypeSpecificity);
  }

  public double bs1For(String gene) {
    return gene == null ? bs1Frequency : bs1ByGene.getOrDefault(gene, bs1Frequency);
  }
}
