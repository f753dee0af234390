package org.gms.genomics.variant;

/**
 * A variant before and after normalisation.
 *
 * <p>Normalised alleles are minimal: an insertion has an empty REF and its {@code start} is the
 * first reference base after the insertion point; a deletion has an empty ALT and {@code start} is
 * its first deleted base (the Ensembl/VEP convention; SPDI with a 1-based position).
 *
 * @param original the variant as written in the VCF
 * @param variant the trimmed, left-aligned variant
 * @param status what was done and whether the result is known to be leftmost
 */
public record NormalisedVariant(
    SequenceVariant original, SequenceVariant variant, NormalisationStatus status) {

  public NormalisedVariant {
    if (original == null || variant == null || status == null) {
      throw new IllegalArgumentException("A normalised variant needs all of its parts");
    }
  }

  /** Whether the position is known to be final (false when the reference did not cover it). */
  public boolean leftmostVerified() {
    return status != NormalisationStatus.REFERENCE_UNAVAILABLE;
  }

  public boolean isInsertion() {
    return variant.ref().isEmpty();
  }

  public boolean isDeletion() {
    return variant.alt().isEmpty();
  }
}
