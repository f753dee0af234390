package org.gms.genomics.variant;

import java.util.Optional;
import org.gms.genomics.reference.ReferenceGenome;

/**
 * Normalises sequence variants the way {@code bcftools norm} and {@code vt normalize} do (Tan,
 * Abecasis and Kang 2015): remove bases REF and ALT share at the end, then at the start, then shift
 * an insertion or deletion left while the reference base before it equals its last base.
 */
public interface VariantNormaliser {

  NormalisedVariant normalise(SequenceVariant variant);

  /**
   * The VCF form of a normalised indel: with the reference base before it prepended to both
   * alleles. Empty when the reference does not cover that base (or at the start of a contig).
   * Variants with two non-empty alleles are returned unchanged.
   */
  Optional<SequenceVariant> padded(SequenceVariant variant);

  /** A normaliser that left-aligns where {@code reference} covers the bases it needs. */
  static VariantNormaliser using(ReferenceGenome reference) {
    return new LeftAligningNormaliser(reference);
  }
}
