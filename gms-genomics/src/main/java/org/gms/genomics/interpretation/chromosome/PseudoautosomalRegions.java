package org.gms.genomics.interpretation.chromosome;

import java.util.List;
import org.gms.genomics.reference.GenomeBuild;

/**
 * PAR1 and PAR2 on one sex chromosome of one assembly, as defined by the Genome Reference
 * Consortium (1-based, inclusive; the same figures are published by Ensembl, "Pseudoautosomal
 * regions in human", and UCSC):
 *
 * <pre>
 *            PAR1                      PAR2
 * GRCh37 X   60,001-2,699,520          154,931,044-155,260,560
 * GRCh37 Y   10,001-2,649,520          59,034,050-59,363,566
 * GRCh38 X   10,001-2,781,479          155,701,383-156,030,895
 * GRCh38 Y   10,001-2,781,479          56,887,903-57,217,415
 * </pre>
 */
record PseudoautosomalRegions(List<long[]> ranges) {

  private static final PseudoautosomalRegions GRCH37_X =
      of(60_001, 2_699_520, 154_931_044, 155_260_560);
  private static final PseudoautosomalRegions GRCH37_Y =
      of(10_001, 2_649_520, 59_034_050, 59_363_566);
  private static final PseudoautosomalRegions GRCH38_X =
      of(10_001, 2_781_479, 155_701_383, 156_030_895);
  private static final PseudoautosomalRegions GRCH38_Y =
      of(10_001, 2_781_479, 56_887_903, 57_217_415);

  static PseudoautosomalRegions ofX(GenomeBuild build) {
    return build == GenomeBuild.GRCh37 ? GRCH37_X : GRCH38_X;
  }

  static PseudoautosomalRegions ofY(GenomeBuild build) {
    return build == GenomeBuild.GRCh37 ? GRCH37_Y : GRCH38_Y;
  }

  boolean contains(long position) {
    for (long[] range : ranges) {
      if (position >= range[0] && position <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private static PseudoautosomalRegions of(
      long par1Start, long par1End, long par2Start, long par2End) {
    return new PseudoautosomalRegions(
        List.of(new long[] {par1Start, par1End}, new long[] {par2Start, par2End}));
  }
}
