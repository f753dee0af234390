package org.gms.genomics.interpretation.inheritance;

import java.util.EnumSet;
import java.util.Set;

/** A pattern of genotypes in a family that a mode of inheritance predicts. */
public enum SegregationPattern {
  /** Present in the proband, absent from both parents. */
  DE_NOVO(
      EnumSet.of(
          InheritanceMode.AUTOSOMAL_DOMINANT,
          InheritanceMode.X_LINKED_DOMINANT,
          InheritanceMode.X_LINKED_RECESSIVE)),
  /** Heterozygous in every affected member, absent from every unaffected member. */
  AUTOSOMAL_DOMINANT(EnumSet.of(InheritanceMode.AUTOSOMAL_DOMINANT)),
  /** Homozygous in every affected member, not homozygous in unaffected members. */
  AUTOSOMAL_RECESSIVE_HOMOZYGOUS(EnumSet.of(InheritanceMode.AUTOSOMAL_RECESSIVE)),
  /** Two heterozygous variants of one gene on different copies (in trans). */
  AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS(EnumSet.of(InheritanceMode.AUTOSOMAL_RECESSIVE)),
  /** Carried by every affected member of either sex, by no unaffected member. */
  X_LINKED_DOMINANT(EnumSet.of(InheritanceMode.X_LINKED_DOMINANT)),
  /** Hemizygous in affected males, homozygous in affected females; unaffected females may carry. */
  X_LINKED_RECESSIVE(EnumSet.of(InheritanceMode.X_LINKED_RECESSIVE)),
  /** In the mitochondrial genome, carried by affected members, transmitted by the mother. */
  MITOCHONDRIAL(EnumSet.of(InheritanceMode.MITOCHONDRIAL));

  private final Set<InheritanceMode> modes;

  SegregationPattern(Set<InheritanceMode> modes) {
    this.modes = modes;
  }

  /** The modes of inheritance this pattern is evidence for. */
  public Set<InheritanceMode> modes() {
    return EnumSet.copyOf(modes);
  }

  public boolean fits(InheritanceMode mode) {
    return modes.contains(mode);
  }
}
