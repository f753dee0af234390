package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gms.genomics.pgx.genotype.SampleGenotypes;

/**
 * CPIC's DPYD rule (guideline PMID 29152729 and its 2024 update): the definitions list single
 * variants (and HapB3), not haplotypes, so each variant allele the sample carries is found on its
 * own, and the phenotype comes from the two lowest-function ones.
 *
 * <ul>
 *   <li>Phased data: each gene copy is the set of variant alleles on it (reported joined by {@code
 *       " + "}); its function is its lowest-function allele.
 *   <li>Unphased data: every variant allele is counted (one copy if heterozygous, two if
 *       homozygous); different decreased or no function variants are presumed to lie on different
 *       copies, so the diplotype is the two lowest-function alleles found, with the reference
 *       allele filling in when fewer than two are found. When several alleles tie for the second
 *       place, every such diplotype is reported.
 * </ul>
 *
 * An allele whose variants are all part of a larger allele found on the same copy (c.1129-5923C>G
 * within HapB3) is not counted separately.
 */
final class Cpic2017LowestFunctionCaller implements GeneCaller {

  private final CompiledGene gene;
  private final Map<String, Double> activity;

  Cpic2017LowestFunctionCaller(CompiledGene gene, Map<String, Double> activityValues) {
    this.gene = gene;
    this.activity = Map.copyOf(activityValues);
  }

  @Override
  public String gene() {
    return gene.gene();
  }

  @Override
  public GeneCall call(SampleGenotypes sample) {
    SampleView view = gene.view(sample);
    GeneCall refused = CallChecks.reasonNotToCall(gene, view);
    if (refused != null) {
      return refused;
    }
    boolean phased = view.haploid() || view.effectivelyPhased();
    List<String> notes = new ArrayList<>();
    List<Diplotype> diplotypes;
    if (phased) {
      int[] onFirst = copiesOnStrand(view, view.first);
      int[] onSecond = view.haploid() ? null : copiesOnStrand(view, view.second);
      if (onFirst == null || !view.haploid() && onSecond == null) {
        return noMatch(view, true);
      }
      Haplotype first = haplotype(onFirst);
      diplotypes =
          List.of(
              view.haploid() ? Diplotype.haploid(first, 0) : ordered(first, haplotype(onSecond)));
    } else {
      int[] copies = unphasedCopies(view);
      if (copies == null) {
        return noMatch(view, false);
      }
      diplotypes = lowestTwo(copies);
      if (Arrays.stream(copies).filter(c -> c > 0).count() > 1) {
        notes.add(
            "Unphased data: variants found "
                + describe(copies)
                + "; per CPIC the two lowest-function variants set the diplotype");
      }
    }
    return new GeneCall(
        gene.gene(),
        CallStatus.CALLED,
        null,
        phased,
        diplotypes,
        view.missingPositions,
        List.of(),
        gene.uncallable(view),
        notes);
  }

  /**
   * How many times each variant allele lies on the strand (0 or 1), larger alleles absorbing the
   * ones they contain; null when a variant on the strand belongs to no allele found.
   */
  private int[] copiesOnStrand(SampleView view, int[] strand) {
    int[] copies = new int[gene.alleleCount];
    for (int a = 1; a < gene.alleleCount; a++) {
      copies[a] = carried(a, view, strand, strand);
    }
    absorbContained(copies);
    return explains(view, copies, strand, strand) ? copies : null;
  }

  private int[] unphasedCopies(SampleView view) {
    int[] copies = new int[gene.alleleCount];
    for (int a = 1; a < gene.alleleCount; a++) {
      copies[a] = carried(a, view, view.first, view.second);
    }
    absorbContained(copies);
    return explains(view, copies, view.first, view.second) ? copies : null;
  }

  /**
   * Copies of allele {@code a} the sample carries: at each of its called distinguishing positions,
   * count the sample's alleles it accepts and the reference does not; the least count wins. An
   * allele none of whose distinguishing positions is called counts zero.
   */
  private int carried(int a, SampleView view, int[] x, int[] y) {
    int least = Integer.MAX_VALUE;
    for (int p : gene.specific[a]) {
      if (view.missing[p]) {
        continue;
      }
      int count = variantCount(a, p, x[p]) + (x == y ? 0 : variantCount(a, p, y[p]));
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

  /** Whether the counted alleles account for every non-reference allele the sample carries. */
  private boolean explains(SampleView view, int[] copies, int[] x, int[] y) {
    for (int p = 0; p < gene.positionCount; p++) {
      if (view.missing[p]) {
        continue;
      }
      int variants = nonReference(p, x[p]) + (x == y ? 0 : nonReference(p, y[p]));
      int explained = 0;
      for (int a = 1; a < gene.alleleCount; a++) {
        if (copies[a] > 0 && Arrays.binarySearch(gene.specific[a], p) >= 0) {
          explained += copies[a];
        }
      }
      if (variants > explained) {
        return false;
      }
    }
    return true;
  }

  private int nonReference(int position, int called) {
    return (gene.masks[0][position] & (1 << called)) == 0 ? 1 : 0;
  }

  private Haplotype haplotype(int[] copies) {
    List<String> names = new ArrayList<>();
    for (int a = 1; a < gene.alleleCount; a++) {
      if (copies[a] > 0) {
        names.add(gene.name(a));
      }
    }
    return names.isEmpty() ? Haplotype.of(gene.name(0)) : new Haplotype(names);
  }

  /** The diplotypes of the two lowest-function alleles; ties for a place give several. */
  private List<Diplotype> lowestTwo(int[] copies) {
    List<String> found = new ArrayList<>();
    for (int a = 1; a < gene.alleleCount; a++) {
      for (int c = 0; c < copies[a]; c++) {
        found.add(gene.name(a));
      }
    }
    while (found.size() < 2) {
      found.add(gene.name(0));
    }
    found.sort(Comparator.comparingDouble(this::activityOf));
    double lowest = activityOf(found.get(0));
    double second = activityOf(found.get(1));
    Map<String, Diplotype> byName = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      for (int j = i + 1; j < found.size(); j++) {
        double vi = activityOf(found.get(i));
        double vj = activityOf(found.get(j));
        if (vi == lowest && vj == second) {
          Diplotype d = ordered(Haplotype.of(found.get(i)), Haplotype.of(found.get(j)));
          byName.putIfAbsent(d.name(), d);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** Alleles without an activity value sort first: they cannot be assumed to function. */
  private double activityOf(String allele) {
    return activity.getOrDefault(allele, Double.NEGATIVE_INFINITY);
  }

  private static Diplotype ordered(Haplotype a, Haplotype b) {
    return AlleleNames.compare(a.name(), b.name()) > 0
        ? new Diplotype(b, a, 0)
        : new Diplotype(a, b, 0);
  }

  private String describe(int[] copies) {
    return java.util.stream.IntStream.range(1, gene.alleleCount)
        .filter(a -> copies[a] > 0)
        .mapToObj(a -> gene.name(a) + " (" + copies[a] + (copies[a] == 1 ? " copy)" : " copies)"))
        .collect(Collectors.joining(", "));
  }

  private GeneCall noMatch(SampleView view, boolean phased) {
    return new GeneCall(
        gene.gene(),
        CallStatus.NO_MATCH,
        "a variant the sample carries is not a defined allele on its own",
        phased,
        List.of(),
        view.missingPositions,
        List.of(),
        gene.uncallable(view),
        List.of());
  }
}
