package org.gms.genomics.pgx.definition;

import java.util.List;
import java.util.Set;

/**
 * How a gene departs from plain matching, as the definitions' exemption file says.
 *
 * @param requiredPositions positions that must be called for the gene to be called at all
 * @param ignoredPositions variants left out of matching, by VCF position and REF (a position can
 *     hold several variants, e.g. G6PD chrX:154532990 has a deletion that is ignored and the
 *     Chatham SNV that is not)
 * @param ignoredAlleles named alleles left out of matching
 * @param extraPositions positions of interest that are reported but define no allele
 * @param unphasedPriorities curated picks between unphased diplotypes that cannot be told apart
 */
public record GeneExemption(
    Set<Long> requiredPositions,
    Set<String> ignoredPositions,
    Set<String> ignoredAlleles,
    List<DefinedPosition> extraPositions,
    List<DiplotypePriority> unphasedPriorities) {

  public static final GeneExemption NONE =
      new GeneExemption(Set.of(), Set.of(), Set.of(), List.of(), List.of());

  /** The key {@link #ignoredPositions} uses for a variant: {@code position:REF}. */
  public static String variantKey(long position, String ref) {
    return position + ":" + ref;
  }

  public GeneExemption {
    requiredPositions = Set.copyOf(requiredPositions);
    ignoredPositions = Set.copyOf(ignoredPositions);
    ignoredAlleles = Set.copyOf(ignoredAlleles);
    extraPositions = List.copyOf(extraPositions);
    unphasedPriorities = List.copyOf(unphasedPriorities);
  }
}
