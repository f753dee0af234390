package org.gms.genomics.interpretation;

import java.util.Optional;
import java.util.OptionalDouble;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.inheritance.SampleCall;

/** The filters before inheritance: each says why a candidate fails, or nothing. */
final class CandidateFilters {

  private static final double SPLICE_EFFECT = 0.2;

  private final FilterSettings settings;
  private final String proband;

  CandidateFilters(FilterSettings settings, String proband) {
    this.settings = settings;
    this.proband = proband;
  }

  Optional<String> quality(CandidateVariant candidate) {
    if (settings.requirePass() && !candidate.passedFilters()) {
      return Optional.of("FILTER is not PASS");
    }
    OptionalDouble qual = candidate.quality();
    if (qual.isPresent() && qual.getAsDouble() < settings.minimumQuality()) {
      return Optional.of("QUAL " + qual.getAsDouble() + " < " + settings.minimumQuality());
    }
    Optional<SampleCall> call = candidate.family().call(proband);
    if (call.isEmpty() || !call.get().carries()) {
      return Optional.of("the proband does not carry the ALT allele");
    }
    if (call.get().genotypeQuality().isPresent()
        && call.get().genotypeQuality().getAsInt() < settings.minimumGenotypeQuality()) {
      return Optional.of(
          "the proband's GQ "
              + call.get().genotypeQuality().getAsInt()
              + " < "
              + settings.minimumGenotypeQuality());
    }
    if (call.get().depth().isPresent() && call.get().depth().getAsInt() < settings.minimumDepth()) {
      return Optional.of(
          "the proband's depth " + call.get().depth().getAsInt() + " < " + settings.minimumDepth());
    }
    return Optional.empty();
  }

  Optional<String> frequency(CandidateVariant candidate) {
    Optional<Double> af = candidate.frequency().frequencyOrZero();
    if (af.isPresent() && af.get() > settings.maximumFrequencyRecessive()) {
      return Optional.of(
          "allele frequency "
              + af.get()
              + " in "
              + candidate.frequency().source()
              + " > "
              + settings.maximumFrequencyRecessive());
    }
    return Optional.empty();
  }

  Optional<String> consequence(CandidateVariant candidate) {
    if (candidate.family().chromosome() == ChromosomeType.MITOCHONDRION
        || candidate.consequences().stream().anyMatch(settings.consequences()::contains)) {
      return Optional.empty();
    }
    if (candidate.haplotype() != null
        && candidate.haplotype().consequences().stream()
            .anyMatch(settings.consequences()::contains)) {
      return Optional.empty(); // protein-altering together with its haplotype partners
    }
    OptionalDouble splice = candidate.scores().score(Predictor.SPLICEAI);
    if (splice.isPresent() && splice.getAsDouble() >= SPLICE_EFFECT) {
      return Optional.empty();
    }
    return Optional.of(
        "consequence "
            + String.join(", ", candidate.consequences().stream().sorted().toList())
            + " is not kept");
  }

  Optional<String> scope(CandidateVariant candidate, GeneScope scope) {
    if (candidate.gene() == null) {
      return Optional.of("no gene");
    }
    return scope.includes(candidate.gene())
        ? Optional.empty()
        : Optional.of(candidate.gene() + " is outside " + scope.describe());
  }

  /**
   * Whether the frequency allows a dominant-type pattern (de novo, AD, X-linked, mitochondrial).
   */
  boolean rareEnoughForDominant(CandidateVariant candidate) {
    return candidate.frequency().frequencyOrZero().orElse(0.0)
        <= settings.maximumFrequencyDominant();
  }
}
