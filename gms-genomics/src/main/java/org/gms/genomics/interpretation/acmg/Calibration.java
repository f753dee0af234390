package org.gms.genomics.interpretation.acmg;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** No band at this strength. */
  private static final double NONE = Double.NaN;

  static final Map<Predictor, Calibration> PUBLISHED =
      Stream.of(
              // The rows of the table above, column by column.
              pejaver2022(Predictor.REVEL, 0.003, 0.016, 0.183, 0.290, 0.644, 0.773, 0.932),
              pejaver2022(Predictor.BAYESDEL_NOAF, NONE, NONE, -0.36, -0.18, 0.13, 0.27, 0.50),
              pejaver2022(Predictor.CADD_PHRED, NONE, 0.15, 17.3, 22.7, 25.3, 28.1, NONE),
              new Calibration(
                  Predictor.SPLICEAI,
                  List.of(new Band(0.2, Strength.SUPPORTING)),
                  List.of(new Band(0.1, Strength.SUPPORTING)),
                  "Walker et al. 2023"))
          .collect(Collectors.toUnmodifiableMap(Calibration::predictor, c -> c));

  /**
   * A row of Pejaver et al. 2022, Table 2: the benign thresholds from very strong to supporting,
   * then the pathogenic ones from supporting to strong; {@link #NONE} where the row has none.
   */
  private static Calibration pejaver2022(
      Predictor predictor,
      double benignVeryStrong,
      double benignStrong,
      double benignModerate,
      double benignSupporting,
      double pathogenicSupporting,
      double pathogenicModerate,
      double pathogenicStrong) {
    return new Calibration(
        predictor,
        bands(
            new Band(pathogenicStrong, Strength.STRONG),
            new Band(pathogenicModerate, Strength.MODERATE),
            new Band(pathogenicSupporting, Strength.SUPPORTING)),
        bands(
            new Band(benignVeryStrong, Strength.VERY_STRONG),
            new Band(benignStrong, Strength.STRONG),
            new Band(benignModerate, Strength.MODERATE),
            new Band(benignSupporting, Strength.SUPPORTING)),
        "Pejaver et al. 2022");
  }

  /** The bands the row has, strongest first. */
  private static List<Band> bands(Band... strongestFirst) {
    return Stream.of(strongestFirst).filter(b -> !Double.isNaN(b.threshold())).toList();
  }

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
