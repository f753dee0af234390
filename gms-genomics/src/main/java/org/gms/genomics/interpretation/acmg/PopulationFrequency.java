package org.gms.genomics.interpretation.acmg;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The allele frequency in a population reference (the highest continental frequency, "popmax", for
 * BA1/BS1 as ClinGen recommends), or absence from it.
 *
 * @param source the reference consulted, e.g. {@code gnomAD v4.1 exomes}; null when none was
 * @param alleleFrequency the frequency; empty when the allele is absent from the source
 */
public record PopulationFrequency(String source, OptionalDouble alleleFrequency) {

  public PopulationFrequency {
    if (alleleFrequency == null) {
      alleleFrequency = OptionalDouble.empty();
    }
    if (source == null && alleleFrequency.isPresent()) {
      throw new IllegalArgumentException("A frequency needs its source");
    }
    if (alleleFrequency.isPresent()
        && !(alleleFrequency.getAsDouble() >= 0 && alleleFrequency.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "An allele frequency lies in [0, 1]; got " + alleleFrequency.getAsDouble());
    }
  }

  /** No population reference was consulted: frequency criteria cannot be assessed. */
  public static PopulationFrequency notAssessed() {
    return new PopulationFrequency(null, OptionalDouble.empty());
  }

  public static PopulationFrequency absentFrom(String source) {
    return new PopulationFrequency(source, OptionalDouble.empty());
  }

  public static PopulationFrequency of(String source, double alleleFrequency) {
    return new PopulationFrequency(source, OptionalDouble.of(alleleFrequency));
  }

  public boolean assessed() {
    return source != null;
  }

  /** The frequency, 0 when absent from the source; empty when not assessed. */
  public Optional<Double> frequencyOrZero() {
    if (!assessed()) {
      return Optional.empty();
    }
    return Optional.of(alleleFrequency.orElse(0));
  }
}
