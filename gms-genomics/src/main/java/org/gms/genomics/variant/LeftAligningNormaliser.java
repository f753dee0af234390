package org.gms.genomics.variant;

import java.util.Optional;
import org.gms.genomics.reference.ReferenceGenome;

/** Trim, then left-align indels against the reference, reading it in small windows. */
final class LeftAligningNormaliser implements VariantNormaliser {

  private static final int WINDOW = 128;

  private final ReferenceGenome reference;

  LeftAligningNormaliser(ReferenceGenome reference) {
    this.reference = reference;
  }

  @Override
  public NormalisedVariant normalise(SequenceVariant variant) {
    String ref = variant.ref();
    String alt = variant.alt();
    long start = variant.position();
    int suffix = 0;
    while (suffix < ref.length()
        && suffix < alt.length()
        && ref.charAt(ref.length() - 1 - suffix) == alt.charAt(alt.length() - 1 - suffix)) {
      suffix++;
    }
    ref = ref.substring(0, ref.length() - suffix);
    alt = alt.substring(0, alt.length() - suffix);
    int prefix = 0;
    while (prefix < ref.length()
        && prefix < alt.length()
        && ref.charAt(prefix) == alt.charAt(prefix)) {
      prefix++;
    }
    ref = ref.substring(prefix);
    alt = alt.substring(prefix);
    start += prefix;
    boolean trimmed = suffix + prefix > 0;
    if (!ref.isEmpty() && !alt.isEmpty()) {
      return result(
          variant,
          start,
          ref,
          alt,
          trimmed ? NormalisationStatus.TRIMMED : NormalisationStatus.UNCHANGED);
    }
    return leftAlign(variant, start, ref, alt, trimmed);
  }

  private NormalisedVariant leftAlign(
      SequenceVariant original, long start, String ref, String alt, boolean trimmed) {
    boolean deletion = alt.isEmpty();
    StringBuilder indel = new StringBuilder(deletion ? ref : alt);
    String contig = original.contig();
    String window = "";
    long windowStart = start;
    boolean shifted = false;
    while (start > 1) {
      long before = start - 1;
      if (before < windowStart) {
        windowStart = Math.max(1, before - WINDOW + 1);
        Optional<String> bases = reference.bases(contig, windowStart, before);
        if (bases.isEmpty()) {
          windowStart = before;
          bases = reference.bases(contig, before, before);
        }
        if (bases.isEmpty()) {
          String sequence = indel.toString();
          return result(
              original,
              start,
              deletion ? sequence : "",
              deletion ? "" : sequence,
              NormalisationStatus.REFERENCE_UNAVAILABLE);
        }
        window = bases.get();
      }
      char base = window.charAt((int) (before - windowStart));
      if (base != indel.charAt(indel.length() - 1)) {
        break;
      }
      indel.setLength(indel.length() - 1);
      indel.insert(0, base);
      start = before;
      shifted = true;
    }
    String sequence = indel.toString();
    NormalisationStatus status =
        shifted
            ? NormalisationStatus.LEFT_ALIGNED
            : trimmed ? NormalisationStatus.TRIMMED : NormalisationStatus.UNCHANGED;
    return result(original, start, deletion ? sequence : "", deletion ? "" : sequence, status);
  }

  private static NormalisedVariant result(
      SequenceVariant original, long start, String ref, String alt, NormalisationStatus status) {
    SequenceVariant variant = SequenceVariant.of(original.contig(), start, ref, alt);
    return new NormalisedVariant(original, variant, status);
  }

  @Override
  public Optional<SequenceVariant> padded(SequenceVariant variant) {
    if (!variant.ref().isEmpty() && !variant.alt().isEmpty()) {
      return Optional.of(variant);
    }
    long before = variant.position() - 1;
    if (before < 1) {
      return Optional.empty();
    }
    return reference
        .bases(variant.contig(), before, before)
        .map(
            base ->
                SequenceVariant.of(
                    variant.contig(), before, base + variant.ref(), base + variant.alt()));
  }
}
