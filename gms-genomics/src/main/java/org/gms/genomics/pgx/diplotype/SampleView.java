package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gms.genomics.pgx.definition.DefinedPosition;

/**
 * One sample's calls at one gene's positions, as known-allele indexes (see {@link CompiledGene}).
 */
final class SampleView {

  final int[] first;
  final int[] second;
  final boolean[] missing;

  /** The first {@code missingCount} entries are the indexes of the missing positions. */
  final int[] missingIndexes;

  int missingCount;
  final List<DefinedPosition> missingPositions = new ArrayList<>();
  final List<DefinedPosition> undocumented = new ArrayList<>();

  /** Positions with a variant allele on one copy and no call on the other (also missing). */
  final List<DefinedPosition> halfCalled = new ArrayList<>();

  /** Positions with an undocumented allele read as the reference allele. */
  final List<DefinedPosition> readAsReference = new ArrayList<>();

  /** Per position: heterozygous call, and its phase set (meaningful for phased calls). */
  final boolean[] heterozygousAt;

  final long[] phaseSet;

  final Set<Long> phaseSets = new HashSet<>();
  int available;
  int heterozygous;
  boolean unphasedHeterozygous;
  boolean allHaploid = true;

  SampleView(int positions) {
    first = new int[positions];
    second = new int[positions];
    missing = new boolean[positions];
    missingIndexes = new int[positions];
    heterozygousAt = new boolean[positions];
    phaseSet = new long[positions];
  }

  /**
   * Whether the two strands can be read as haplotypes: every heterozygous call phased within one
   * phase set, or at most one heterozygous call (nothing to phase).
   */
  boolean effectivelyPhased() {
    return heterozygous <= 1 || !unphasedHeterozygous && phaseSets.size() == 1;
  }

  boolean haploid() {
    return available > 0 && allHaploid;
  }
}
