package org.gms.genomics.pgx.diplotype;

import java.util.Objects;
import java.util.Optional;

/**
 * A called diplotype: two haplotypes (one for a haploid call, such as G6PD in males).
 *
 * @param first the first haplotype
 * @param second the second haplotype, or null for a haploid call
 * @param score how many defined positions the alleles account for (the matcher's ranking; the
 *     reference allele accounts for every position)
 */
public record Diplotype(Haplotype first, Haplotype second, int score) {

  public Diplotype {
    Objects.requireNonNull(first, "first");
  }

  public static Diplotype haploid(Haplotype only, int score) {
    return new Diplotype(only, null, score);
  }

  public Optional<Haplotype> secondHaplotype() {
    return Optional.ofNullable(second);
  }

  /** {@code A/B}, or {@code A} for a haploid call. */
  public String name() {
    return second == null ? first.name() : first.name() + "/" + second.name();
  }

  @Override
  public String toString() {
    return name();
  }
}
