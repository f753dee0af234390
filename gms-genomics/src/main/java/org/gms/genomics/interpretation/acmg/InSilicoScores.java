package org.gms.genomics.interpretation.acmg;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The in-silico scores available for a variant; any may be missing. */
public record InSilicoScores(Map<Predictor, Double> scores) {

  public InSilicoScores {
    scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
    scores.forEach(
        (predictor, score) -> {
          if (score == null || score.isNaN()) {
            throw new IllegalArgumentException(predictor + " score must be a number");
          }
        });
  }

  public static InSilicoScores none() {
    return new InSilicoScores(Map.of());
  }

  public InSilicoScores with(Predictor predictor, double score) {
    Map<Predictor, Double> copy = new EnumMap<>(Predictor.class);
    copy.putAll(scores);
    copy.put(predictor, score);
    return new InSilicoScores(copy);
  }

  public OptionalDouble score(Predictor predictor) {
    Double score = scores.get(predictor);
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }
}
