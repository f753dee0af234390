package org.gms.genomics.variant;

import java.util.Optional;

/**
 * One ALT allele of a VCF record after multi-allelic splitting: the original allele index is kept
 * so that genotypes (which use these indexes) and Number=A/R fields can be matched to it.
 *
 * @param index the 1-based ALT index in the original record (REF is 0)
 * @param alt the allele as written
 * @param kind what the allele describes
 * @param variant the variant as written in the record (padding kept, not normalised); present only
 *     for {@link AlleleKind#SEQUENCE} alleles
 */
public record RecordAllele(
    int index, String alt, AlleleKind kind, Optional<SequenceVariant> variant) {

  public RecordAllele {
    if (index < 1) {
      throw new IllegalArgumentException("ALT allele indexes start at 1; got " + index);
    }
    if (variant.isPresent() != (kind == AlleleKind.SEQUENCE)) {
      throw new IllegalArgumentException("Only sequence alleles have a sequence variant: " + alt);
    }
  }
}
