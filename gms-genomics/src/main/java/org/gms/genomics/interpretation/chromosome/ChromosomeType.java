package org.gms.genomics.interpretation.chromosome;

import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.GenomeBuild;

/** Where a locus lies, in the sense that decides how it is inherited and how many copies exist. */
public enum ChromosomeType {
  /** Chromosomes 1 to 22: two copies in everyone. */
  AUTOSOME,
  /** The X and Y pseudoautosomal regions: two copies in everyone, inherited like autosomes. */
  PSEUDOAUTOSOMAL,
  /** X outside the pseudoautosomal regions: two copies in females, one in males. */
  X_NON_PAR,
  /** Y outside the pseudoautosomal regions: one copy in males, none in females. */
  Y_NON_PAR,
  /** The mitochondrial genome: many copies, inherited from the mother. */
  MITOCHONDRION,
  /** Unplaced, unlocalised, alternate and decoy contigs: not analysed for inheritance. */
  OTHER;

  /**
   * Classifies a 1-based position on a contig spelled any common way ({@code X}, {@code chrX},
   * {@code 23}; {@code MT}, {@code M}, {@code chrM}).
   */
  public static ChromosomeType of(GenomeBuild build, String contig, long position) {
    if (build == null) {
      throw new IllegalArgumentException(
          "The genome build is needed to tell pseudoautosomal from X- or Y-linked loci");
    }
    String name = ContigName.canonical(contig);
    switch (name) {
      case "X", "23" -> {
        return PseudoautosomalRegions.ofX(build).contains(position) ? PSEUDOAUTOSOMAL : X_NON_PAR;
      }
      case "Y", "24" -> {
        return PseudoautosomalRegions.ofY(build).contains(position) ? PSEUDOAUTOSOMAL : Y_NON_PAR;
      }
      case "MT" -> {
        return MITOCHONDRION;
      }
      default -> {
        return isAutosome(name) ? AUTOSOME : OTHER;
      }
    }
  }

  /** Whether a locus of this type is present in two copies in a person of either sex. */
  public boolean diploidInBothSexes() {
    return this == AUTOSOME || this == PSEUDOAUTOSOMAL;
  }

  private static boolean isAutosome(String name) {
    if (name.isEmpty() || name.length() > 2 || !name.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int number = Integer.parseInt(name);
    return number >= 1 && number <= 22;
  }
}
