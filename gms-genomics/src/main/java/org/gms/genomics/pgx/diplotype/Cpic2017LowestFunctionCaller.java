package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gms.genomics.pgx.genotype.SampleGenotypes;

/**
 * CPIC's rule for genes defined variant by variant (DPYD: guideline PMID 29152729 and its 2024
 * update; RYR1 is defined the same way): each variant allele the sample carries is found on its
 * own, and the phenotype comes from the two lowest-function ones.
 *
 * <ul>
 *   <li>Phased data: each gene copy is the set of variant alleles on it (a combination, reported
 *       {@code [A + B]}); its function is its lowest-function allele. With several phase sets (VCF
 *       {@code PS}), every orientation of the sets relative to the first is a possible answer and
 *       all are reported.
 *   <li>Unphased data with more than one heterozygous call: every variant allele is counted (one
 *       copy if heterozygous, two if homozygous); different decreased or no function variants are
 *       presumed to lie on different copies, so the diplotype is the two lowest-function alleles
 *       found, with the reference allele filling in. Alleles of equal activity are taken in the
 *       definitions' order; a note lists every variant found.
 * </ul>
 *
 * See {@link CopyCounter} for how an allele is found (HapB3 and its tagging variant, missing
 * positions).
 */
final class Cpic2017LowestFunctionCaller implements GeneCaller {

  /** More phase sets than this are not enumerated (2^(n-1) answers); read as unphased. */
  private static final int MAX_PHASE_SETS = 6;

  private final CompiledGene gene;
  private final Map<String, Double> activity;
  private final CopyCounter counter;

  Cpic2017LowestFunctionCaller(CompiledGene gene, Map<String, Double> activityValues) {
    this.gene = gene;
    this.activity = Map.copyOf(activityValues);
    this.counter = new CopyCounter(gene);
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
    List<String> notes = new ArrayList<>(CallChecks.readAsReferenceNotes(view));
    List<Long> phaseSets = PhaseSets.of(view);
    boolean phased =
        view.haploid()
            || view.heterozygous <= 1
            || !view.unphasedHeterozygous && phaseSets.size() <= MAX_PHASE_SETS;
    List<Diplotype> diplotypes;
    if (phased) {
      Map<String, Diplotype> byName = new LinkedHashMap<>();
      for (int[][] strands : PhaseSets.orientations(view, phaseSets)) {
        Haplotype first = haplotype(counter.onStrand(view, strands[0], notes));
        Diplotype d =
            view.haploid()
                ? Diplotype.haploid(first, 0)
                : ordered(first, haplotype(counter.onStrand(view, strands[1], notes)));
        byName.putIfAbsent(d.name(), d);
      }
      diplotypes = List.copyOf(byName.values());
      if (phaseSets.size() > 1) {
        notes.add(
            "Phased in "
                + phaseSets.size()
                + " phase sets whose relative orientation is unknown: every orientation is"
                + " reported");
      }
    } else {
      int[] copies = counter.unphased(view, notes);
      diplotypes = lowestTwo(copies, notes);
      notes.add(
          "Unphased data: variants found "
              + describe(copies)
              + "; per CPIC the two lowest-function variants set the diplotype");
    }
    return gene.called(view, phased, diplotypes, notes.stream().distinct().toList());
  }

  private Haplotype haplotype(int[] copies) {
    List<String> names = new ArrayList<>();
    for (int a = 1; a < gene.alleleCount; a++) {
      if (copies[a] > 0 && !names.contains(gene.name(a))) {
        names.add(gene.name(a));
      }
    }
    return names.isEmpty() ? Haplotype.of(gene.name(0)) : new Haplotype(names);
  }

  /**
   * The diplotype of the two lowest-function alleles found; of alleles with equal activity the
   * first in the definitions' order is taken, and a note names the others.
   */
  private List<Diplotype> lowestTwo(int[] copies, List<String> notes) {
    List<Integer> found = new ArrayList<>();
    for (int a = 1; a < gene.alleleCount; a++) {
      for (int c = 0; c < copies[a]; c++) {
        found.add(a);
      }
    }
    while (found.size() < 2) {
      found.add(0);
    }
    // Stable sort: equal activity keeps the definitions' order (the reference allele is last).
    found.sort(
        Comparator.comparingDouble((Integer a) -> activityOf(a))
            .thenComparing(a -> a == 0 ? Integer.MAX_VALUE : a));
    int lowest = found.get(0);
    int second = found.get(1);
    List<String> alike =
        found.subList(2, found.size()).stream()
            .filter(a -> activityOf(a) == activityOf(second) && a != second && a != 0)
            .map(gene::name)
            .distinct()
            .toList();
    if (!alike.isEmpty()) {
      notes.add(
          String.join(", ", alike)
              + " has the same activity value as "
              + gene.name(second)
              + " (same phenotype); "
              + gene.name(second)
              + " is reported, as the first in the definitions' order");
    }
    return List.of(ordered(Haplotype.of(gene.name(lowest)), Haplotype.of(gene.name(second))));
  }

  /** Alleles without an activity value sort first: they cannot be assumed to function. */
  private double activityOf(int allele) {
    return allele == 0
        ? activity.getOrDefault(gene.name(0), 1.0)
        : activity.getOrDefault(gene.name(allele), Double.NEGATIVE_INFINITY);
  }

  /** The reference allele first, then single alleles, then combinations, by name. */
  static Diplotype ordered(Haplotype a, Haplotype b) {
    return HAPLOTYPE_ORDER.compare(a, b) > 0 ? new Diplotype(b, a, 0) : new Diplotype(a, b, 0);
  }

  private static final Comparator<Haplotype> HAPLOTYPE_ORDER =
      Comparator.comparing((Haplotype h) -> h.name().equals("Reference") ? 0 : 1)
          .thenComparing(h -> h.alleles().size())
          .thenComparing(Haplotype::name, AlleleNames.NATURAL);

  private String describe(int[] copies) {
    String found =
        IntStream.range(1, gene.alleleCount)
            .filter(a -> copies[a] > 0)
            .mapToObj(
                a -> gene.name(a) + " (" + copies[a] + (copies[a] == 1 ? " copy)" : " copies)"))
            .collect(Collectors.joining(", "));
    return found.isEmpty() ? "none" : found;
  }
}
