package org.gms.genomics.interpretation.acmg;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Score thresholds that give an in-silico prediction a strength.
 *
 * <p>Missense predictors: Pejaver et al. 2022 (Am J Hum Genet 109:2163), Table 2, ClinGen SVI:
 *
 * <pre>
 *              BP4 very strong  strong   moderate  supporting | PP3 supporting  moderate  strong
 * REVEL        <= 0.003   <= 0.016  <= 0.183  <= 0.290   | >= 0.644   >= 0.773  >= 0.932
 * BayesDel noAF    -          -     <= -0.36  <= -0.18   | >= 0.13    >= 0.27   >= 0.50
 * CADD (phred)     -      <= 0.15   <= 17.3   <= 22.7    | >= 25.3    >= 28.1      -
 * </pre>
 *
 * <p>SpliceAI: Walker et al. 2023 (Am J Hum Genet 110:1046), ClinGen SVI Splicing Subgroup: PP3 at
 * a maximum delta score of at least 0.2, BP4 (and BP7) at most 0.1.
 */
record Calibration(Predictor predictor, List<Band> pathogenic, List<Band> benign, String source) {

  /** Pathogenic bands: score >= threshold; benign bands: score <= threshold; strongest first. */
  record Band(double threshold, Strength strength) {}

  static final Map<Predictor, Calibration> PUBLISHED =
      Map.of(
          Predictor.REVEL,
          new Calibration(
              Predictor.REVEL,
              List.of(
                  new Band(0.932, Strength.STRONG),
                  new Band(0.773, Strength.MODERATE),
                  new Band(0.644, Strength.SUPPORTING)),
              List.of(
                  new Band(0.003, Strength.VERY_STRONG),
                  new Band(0.016, Strength.STRONG),
                  new Band(0.183, Strength.MODERATE),
                  new Band(0.290, Strength.SUPPORTING)),
              "Pejaver et al. 2022"),
          Predictor.BAYESDEL_NOAF,
          new Calibration(
              Predictor.BAYESDEL_NOAF,
              List.of(
                  new Band(0.50, Strength.STRONG),
                  new Band(0.27, Strength.MODERATE),
                  new Band(0.13, Strength.SUPPORTING)),
              List.of(new Band(-0.36, Strength.MODERATE), new Band(-0.18, Strength.SUPPORTING)),
              "Pejaver et al. 2022"),
          Predictor.CADD_PHRED,
          new Calibration(
              Predictor.CADD_PHRED,
              List.of(new Band(28.1, Strength.MODERATE), new Band(25.3, Strength.SUPPORTING)),
              List.of(
                  new Band(0.15, Strength.STRONG),
                  new Band(17.3, Strength.MODERATE),
                  new Band(22.7, Strength.SUPPORTING)),
              "Pejaver et al. 2022"),
          Predictor.SPLICEAI,
          new Calibration(
              Predictor.SPLICEAI,
              List.of(new Band(0.2, Strength.SUPPORTING)),
              List.of(new Band(0.1, Strength.SUPPORTING)),
              "Walker et al. 2023"));

  Optional<Strength> pathogenicStrength(double score) {
    return pathogenic.stream().filter(b -> score >= b.threshold()).map(Band::strength).findFirst();
  }

  Optional<Strength> benignStrength(double score) {
    return benign.stream().filter(b -> score <= b.threshold()).map(Band::strength).findFirst();
  }

  /** The reason text, e.g. {@code REVEL 0.95 >= 0.932 (Pejaver et al. 2022)}. */
  String explain(double score, boolean pathogenicSide) {
    List<Band> bands = pathogenicSide ? pathogenic : benign;
    double threshold =
        bands.stream()
            .filter(b -> pathogenicSide ? score >= b.threshold() : score <= b.threshold())
            .findFirst()
            .map(Band::threshold)
            .orElseThrow();
    return String.format(
        Locale.ROOT,
        "%s %s %s %s (%s)",
        predictor,
        number(score),
        pathogenicSide ? ">=" : "<=",
        number(threshold),
        source);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
