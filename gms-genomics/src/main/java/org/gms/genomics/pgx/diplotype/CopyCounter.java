package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which variant alleles a gene copy (or, unphased, the sample) carries, for genes defined
 * variant by variant (DPYD, RYR1):
 *
 * <ul>
 *   <li>An allele is carried as often as the least count of its variant at its called defining
 *       positions; an allele none of whose defining positions is called is not carried.
 *   <li>An allele with missing defining positions is not called when a smaller allele made of its
 *       called positions explains the same variants: DPYD {@code c.1129-5923C>G} (the causal
 *       variant) is called, not HapB3, when {@code c.1236G>A} is not called. When the causal
 *       variant is not called, its tagging variant {@code c.1236G>A} still calls HapB3.
 *   <li>A larger allele found absorbs the smaller alleles it contains (HapB3 absorbs {@code
 *       c.1129-5923C>G}).
 *   <li>A variant that belongs only to alleles ruled out on that copy is read as reference, with a
 *       note: {@code c.1236G>A} without {@code c.1129-5923C>G} is not HapB3 (Turner et al., Clin
 *       Transl Sci 2024;17:e13699: the two are not in complete linkage and the synonymous variant
 *       alone does not reduce DPD activity).
 * </ul>
 */
final class CopyCounter {

  private final CompiledGene gene;

  CopyCounter(CompiledGene gene) {
    this.gene = gene;
  }

  /** Copies (0 or 1) of each allele on one strand. */
  int[] onStrand(SampleView view, int[] strand, List<String> notes) {
    return counts(view, strand, null, notes);
  }

  /** Copies (0, 1 or 2) of each allele in unphased data. */
  int[] unphased(SampleView view, List<String> notes) {
    return counts(view, view.first, view.second, notes);
  }

  private int[] counts(SampleView view, int[] x, int[] y, List<String> notes) {
    int[] copies = new int[gene.alleleCount];
    for (int a = 1; a < gene.alleleCount; a++) {
      copies[a] = carried(a, view, x, y);
    }
    preferFullyCalled(copies, view);
    absorbContained(copies);
    noteUnexplained(view, copies, x, y, notes);
    return copies;
  }

  private int carried(int a, SampleView view, int[] x, int[] y) {
    int least = Integer.MAX_VALUE;
    for (int p : gene.specific[a]) {
      if (view.missing[p]) {
        continue;
      }
      int count = variantCount(a, p, x[p]) + (y == null ? 0 : variantCount(a, p, y[p]));
      least = Math.min(least, count);
    }
    return least == Integer.MAX_VALUE ? 0 : least;
  }

  private int variantCount(int allele, int position, int called) {
    int bit = 1 << called;
    return (gene.masks[allele][position] & bit) != 0 && (gene.masks[0][position] & bit) == 0
        ? 1
        : 0;
  }

  private void preferFullyCalled(int[] copies, SampleView view) {
    for (int large = 1; large < gene.alleleCount; large++) {
      if (copies[large] == 0 || !anyMissing(large, view)) {
        continue;
      }
      for (int small = 1; small < gene.alleleCount; small++) {
        if (small != large
            && copies[small] >= copies[large]
            && contains(large, small)
            && !anyMissing(small, view)) {
          copies[large] = 0;
          break;
        }
      }
    }
  }

  private boolean anyMissing(int allele, SampleView view) {
    for (int p : gene.specific[allele]) {
      if (view.missing[p]) {
        return true;
      }
    }
    return false;
  }

  /** An allele whose distinguishing positions all lie within a larger allele's loses its copies. */
  private void absorbContained(int[] copies) {
    for (int small = 1; small < gene.alleleCount; small++) {
      for (int large = 1; large < gene.alleleCount && copies[small] > 0; large++) {
        if (large != small && copies[large] > 0 && contains(large, small)) {
          copies[small] = Math.max(0, copies[small] - copies[large]);
        }
      }
    }
  }

  private boolean contains(int large, int small) {
    int[] big = gene.specific[large];
    int[] part = gene.specific[small];
    if (big.length <= part.length) {
      return false;
    }
    for (int p : part) {
      if (Arrays.binarySearch(big, p) < 0) {
        return false;
      }
    }
    return true;
  }

  private void noteUnexplained(
      SampleView view, int[] copies, int[] x, int[] y, List<String> notes) {
    for (int p = 0; p < gene.positionCount; p++) {
      if (view.missing[p]) {
        continue;
      }
      int variants = nonReference(p, x[p]) + (y == null ? 0 : nonReference(p, y[p]));
      if (variants == 0) {
        continue;
      }
      int explained = 0;
      List<String> owners = new ArrayList<>();
      for (int a = 1; a < gene.alleleCount; a++) {
        if (Arrays.binarySearch(gene.specific[a], p) >= 0) {
          explained += copies[a];
          owners.add(gene.name(a));
        }
      }
      if (variants > explained) {
        notes.add(
            gene.definition.positions().get(p).label()
                + ": the variant is defined only as part of "
                + String.join(", ", owners)
                + ", whose other defining variant is not found with it; read as reference");
      }
    }
  }

  private int nonReference(int position, int called) {
    return (gene.masks[0][position] & (1 << called)) == 0 ? 1 : 0;
  }
}
