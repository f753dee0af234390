package org.gms.genomics.pgx.genotype;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.reference.ContigName;

/**
 * One sample's calls at GRCh38 positions (VCF coordinates: 1-based, indels at their padding base).
 * Chromosome names are compared in canonical form, so {@code chr10} and {@code 10} are the same.
 */
public interface SampleGenotypes {

  String sampleId();

  /** The call at a position, or empty when the position was not called (missing). */
  Optional<PositionGenotype> at(PositionKey position);

  /**
   * The calls at several positions at once, in their order (null where a position was not called).
   * Callers ask for the same positions of every sample, so an input may answer faster.
   */
  default PositionGenotype[] at(PositionKey[] positions) {
    PositionGenotype[] calls = new PositionGenotype[positions.length];
    for (int i = 0; i < positions.length; i++) {
      calls[i] = at(positions[i]).orElse(null);
    }
    return calls;
  }

  /** The call at a position given with its chromosome in any spelling. */
  default Optional<PositionGenotype> at(String chromosome, long position) {
    return at(PositionKey.of(chromosome, position));
  }

  /** A builder for calls given one by one (tests, other inputs than VCF). */
  static Builder builder(String sampleId) {
    return new Builder(sampleId);
  }

  /** Collects calls; later calls at the same position replace earlier ones. */
  final class Builder {
    private final String sampleId;
    private final Map<PositionKey, PositionGenotype> calls = new HashMap<>();

    private Builder(String sampleId) {
      this.sampleId = sampleId;
    }

    public Builder call(String chromosome, long position, PositionGenotype genotype) {
      calls.put(PositionKey.of(chromosome, position), genotype);
      return this;
    }

    /**
     * A call written as VCF-like text with alleles spelled out: {@code C/T}, {@code C|T}, {@code
     * T}.
     */
    public Builder call(String chromosome, long position, String genotype) {
      return call(chromosome, position, parse(genotype));
    }

    public SampleGenotypes build() {
      Map<PositionKey, PositionGenotype> snapshot = Map.copyOf(calls);
      String id = sampleId;
      return new SampleGenotypes() {
        @Override
        public String sampleId() {
          return id;
        }

        @Override
        public Optional<PositionGenotype> at(PositionKey position) {
          return Optional.ofNullable(snapshot.get(position));
        }
      };
    }

    private static PositionGenotype parse(String text) {
      if (text.contains("|")) {
        String[] parts = text.split("\\|", -1);
        return PositionGenotype.phased(parts[0], parts[1]);
      }
      if (text.contains("/")) {
        String[] parts = text.split("/", -1);
        return PositionGenotype.unphased(parts[0], parts[1]);
      }
      return PositionGenotype.haploid(text);
    }
  }

  /** A position with its chromosome in canonical form ({@code 10}, {@code X}, {@code MT}). */
  record PositionKey(String chromosome, long position) {
    /** The key of a position whose chromosome is spelled in any way ({@code chr10}, {@code 10}). */
    public static PositionKey of(String chromosome, long position) {
      return new PositionKey(ContigName.canonical(chromosome), position);
    }
  }
}
