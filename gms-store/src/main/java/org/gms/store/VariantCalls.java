package org.gms.store;

import java.util.Arrays;

/**
 * One variant of one analysis run and its carriers: individual indexes (distinct), the number of
 * alternate copies each carries (1 heterozygous; 2 homozygous, or one on a haploid contig) and,
 * where the caller gave them, genotype quality and depth (stored rounded; null when absent).
 */
public record VariantCalls(
    Variant variant,
    String gene,
    String consequence,
    int[] individuals,
    byte[] copies,
    int[] quality,
    int[] depth) {

  public VariantCalls {
    if (variant == null || individuals == null || copies == null) {
      throw new IllegalArgumentException("Variant calls need a variant, individuals and copies");
    }
    if (copies.length != individuals.length
        || (quality != null && quality.length != individuals.length)
        || (depth != null && depth.length != individuals.length)) {
      throw new IllegalArgumentException(
          "Variant calls of " + variant + ": give one copy count (and quality, depth) per carrier");
    }
    for (int i = 0; i < individuals.length; i++) {
      if (individuals[i] < 0 || (copies[i] != 1 && copies[i] != 2)) {
        throw new IllegalArgumentException(
            "Variant calls of "
                + variant
                + ": individual "
                + individuals[i]
                + " with "
                + copies[i]
                + " copies (give an index >= 0 and 1 or 2 copies)");
      }
    }
    individuals = individuals.clone();
    copies = copies.clone();
    quality = quality == null ? null : quality.clone();
    depth = depth == null ? null : depth.clone();
  }

  /** Carriers as two sorted lists of individual indexes, without quality fields. */
  public static VariantCalls of(Variant variant, String gene, int[] het, int[] hom) {
    int[] individuals = new int[het.length + hom.length];
    byte[] copies = new byte[individuals.length];
    System.arraycopy(het, 0, individuals, 0, het.length);
    System.arraycopy(hom, 0, individuals, het.length, hom.length);
    Arrays.fill(copies, 0, het.length, (byte) 1);
    Arrays.fill(copies, het.length, copies.length, (byte) 2);
    return new VariantCalls(variant, gene, null, individuals, copies, null, null);
  }

  /** Genotype quality rounded down to a multiple of 10 (Phred), capped at 90. */
  static Short roundedQuality(int[] quality, int i) {
    return quality == null || quality[i] < 0 ? null : (short) Math.min(90, quality[i] / 10 * 10);
  }

  /** Depth rounded down to a multiple of 5, capped at 200. */
  static Short roundedDepth(int[] depth, int i) {
    return depth == null || depth[i] < 0 ? null : (short) Math.min(200, depth[i] / 5 * 5);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VariantCalls c
        && c.variant.equals(variant)
        && java.util.Objects.equals(c.gene, gene)
        && Arrays.equals(c.individuals, individuals)
        && Arrays.equals(c.copies, copies);
  }

  @Override
  public int hashCode() {
    return variant.hashCode() * 31 + Arrays.hashCode(individuals);
  }

  @Override
  public String toString() {
    return variant + " " + individuals.length + " carriers";
  }
}
