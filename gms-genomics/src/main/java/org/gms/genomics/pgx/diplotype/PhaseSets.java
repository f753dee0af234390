package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.List;

/**
 * Phase sets (VCF {@code PS}) of a sample's phased heterozygous calls: within a set the strands are
 * known, between sets their relative orientation is not.
 */
final class PhaseSets {

  private PhaseSets() {}

  /** The distinct phase sets of the phased heterozygous calls, in position order. */
  static List<Long> of(SampleView view) {
    List<Long> sets = new ArrayList<>();
    for (int p = 0; p < view.first.length; p++) {
      if (view.heterozygousAt[p] && !view.missing[p] && !sets.contains(view.phaseSet[p])) {
        sets.add(view.phaseSet[p]);
      }
    }
    return sets;
  }

  /**
   * Every pair of strands the phase sets allow: the first set as called, each other set as called
   * or flipped.
   */
  static List<int[][]> orientations(SampleView view, List<Long> sets) {
    int n = Math.max(1, sets.size());
    List<int[][]> out = new ArrayList<>();
    for (int flips = 0; flips < 1 << (n - 1); flips++) {
      int[] a = view.first.clone();
      int[] b = view.second.clone();
      for (int p = 0; p < a.length; p++) {
        if (!view.heterozygousAt[p] || view.missing[p]) {
          continue;
        }
        int set = sets.indexOf(view.phaseSet[p]);
        if (set > 0 && (flips & (1 << (set - 1))) != 0) {
          a[p] = view.second[p];
          b[p] = view.first[p];
        }
      }
      out.add(new int[][] {a, b});
    }
    return out;
  }
}
