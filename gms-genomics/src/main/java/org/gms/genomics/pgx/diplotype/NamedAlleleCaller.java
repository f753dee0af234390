package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gms.genomics.pgx.definition.DiplotypePriority;

/**
 * Matches named alleles against a sample's genotypes.
 *
 * <ul>
 *   <li>Phased (or haploid) data: each strand is matched on its own; a named allele matches a
 *       strand when it accepts the strand's allele at every called position.
 *   <li>Unphased data: a pair of named alleles fits when, at every called position, one allele
 *       accepts one of the sample's alleles and the other accepts the other: every possible phasing
 *       is considered, position by position.
 * </ul>
 *
 * Each fitting answer is scored by how many called positions its alleles' definitions give a base
 * for (the reference allele gives all), so the answer that accounts for the most defined positions
 * wins; a wobble (IUPAC) position counts only where the allele takes a variant there, in the
 * answer's best phasing. Every top-scoring answer is reported; the only exception is a curated
 * priority from the definitions' exemptions, which is applied and noted.
 */
final class NamedAlleleCaller implements GeneCaller {

  private final CompiledGene gene;

  NamedAlleleCaller(CompiledGene gene) {
    this.gene = gene;
  }

  @Override
  public String gene() {
    return gene.gene();
  }

  @Override
  public GeneCall call(org.gms.genomics.pgx.genotype.SampleGenotypes sample) {
    SampleView view = gene.view(sample);
    GeneCall refused = CallChecks.reasonNotToCall(gene, view);
    if (refused != null) {
      return refused;
    }
    int[] scores = new int[gene.alleleCount];
    for (int a = 0; a < gene.alleleCount; a++) {
      scores[a] = gene.score(a, view);
    }
    boolean phased = view.haploid() || view.effectivelyPhased();
    List<Diplotype> found;
    if (view.haploid()) {
      found = new ArrayList<>();
      int[] onFirst = strandScores(view, view.first, scores);
      for (int a : best(view, view.first, onFirst)) {
        found.add(Diplotype.haploid(Haplotype.of(gene.name(a)), onFirst[a]));
      }
    } else if (phased) {
      found = new ArrayList<>();
      int[] onFirst = strandScores(view, view.first, scores);
      int[] onSecond = strandScores(view, view.second, scores);
      for (int a : best(view, view.first, onFirst)) {
        for (int b : best(view, view.second, onSecond)) {
          found.add(pair(a, b, onFirst[a] + onSecond[b]));
        }
      }
    } else {
      found = unphased(view, scores);
    }
    List<Diplotype> diplotypes = distinctSorted(found);
    if (diplotypes.isEmpty()) {
      return new GeneCall(
          gene.gene(),
          CallStatus.NO_MATCH,
          "no "
              + (phased ? "named allele matches each phased strand" : "pair of named alleles")
              + " explains the genotypes",
          phased,
          List.of(),
          view.missingPositions,
          List.of(),
          gene.uncallable(view),
          List.of());
    }
    List<String> notes = new ArrayList<>(CallChecks.readAsReferenceNotes(view));
    if (!phased && !gene.definition.exemption().unphasedPriorities().isEmpty()) {
      diplotypes = applyPriority(diplotypes, view, notes);
    }
    return gene.called(view, phased, diplotypes, notes);
  }

  /** Each allele's score on one strand (its wobbles count only where they explain a variant). */
  private int[] strandScores(SampleView view, int[] strand, int[] scores) {
    int[] onStrand = scores.clone();
    for (int a = 0; a < gene.alleleCount; a++) {
      if (gene.wobbles[a].length > 0) {
        onStrand[a] = gene.score(a, view, strand);
      }
    }
    return onStrand;
  }

  /** The top-scoring alleles that match one strand. */
  private List<Integer> best(SampleView view, int[] strand, int[] scores) {
    int[] deviations = gene.deviations(view, strand);
    List<Integer> top = new ArrayList<>();
    int topScore = -1;
    for (int a = 0; a < gene.alleleCount; a++) {
      if (scores[a] < topScore
          || !accepts(a, deviations, strand, view)
          || !accepts(a, gene.specific[a], strand, view)) {
        continue;
      }
      if (scores[a] > topScore) {
        top.clear();
        topScore = scores[a];
      }
      top.add(a);
    }
    return top;
  }

  private boolean accepts(int allele, int[] positions, int[] strand, SampleView view) {
    int[] mask = gene.masks[allele];
    for (int p : positions) {
      if (!view.missing[p] && (mask[p] & (1 << strand[p])) == 0) {
        return false;
      }
    }
    return true;
  }

  private List<Diplotype> unphased(SampleView view, int[] scores) {
    int[] first = view.first;
    int[] second = view.second;
    int[] deviations = unphasedDeviations(view);
    List<Integer> candidates = new ArrayList<>();
    for (int a = 0; a < gene.alleleCount; a++) {
      if (acceptsEither(a, deviations, view) && acceptsEither(a, gene.specific[a], view)) {
        candidates.add(a);
      }
    }
    List<Diplotype> top = new ArrayList<>();
    int topScore = -1;
    for (int i = 0; i < candidates.size(); i++) {
      int a = candidates.get(i);
      for (int j = i; j < candidates.size(); j++) {
        int b = candidates.get(j);
        int score = scores[a] + scores[b];
        if (score < topScore
            || !fits(a, b, deviations, first, second, view)
            || !fits(a, b, gene.specific[a], first, second, view)
            || !fits(a, b, gene.specific[b], first, second, view)) {
          continue;
        }
        score -= wobblePenalty(a, b, view);
        if (score < topScore) {
          continue;
        }
        if (score > topScore) {
          top.clear();
          topScore = score;
        }
        top.add(pair(a, b, score));
      }
    }
    return top;
  }

  /**
   * How many of the pair's wobble positions take the reference allele in the phasing that takes
   * fewest (the pair is scored on its best phasing; each position's phase is free in unphased data,
   * so the best phasing is the best choice at each position).
   */
  private int wobblePenalty(int a, int b, SampleView view) {
    int[] wa = gene.wobbles[a];
    int[] wb = gene.wobbles[b];
    if (wa.length == 0 && wb.length == 0) {
      return 0;
    }
    int penalty = 0;
    for (int p = 0; p < gene.positionCount; p++) {
      boolean wobbleA = contains(wa, p);
      boolean wobbleB = contains(wb, p);
      if (view.missing[p] || !wobbleA && !wobbleB) {
        continue;
      }
      int x = view.first[p];
      int y = view.second[p];
      int[] ma = gene.masks[a];
      int[] mb = gene.masks[b];
      int best = Integer.MAX_VALUE;
      if ((ma[p] & (1 << x)) != 0 && (mb[p] & (1 << y)) != 0) {
        best = Math.min(best, (wobbleA && x == 0 ? 1 : 0) + (wobbleB && y == 0 ? 1 : 0));
      }
      if ((ma[p] & (1 << y)) != 0 && (mb[p] & (1 << x)) != 0) {
        best = Math.min(best, (wobbleA && y == 0 ? 1 : 0) + (wobbleB && x == 0 ? 1 : 0));
      }
      penalty += best == Integer.MAX_VALUE ? 0 : best;
    }
    return penalty;
  }

  private static boolean contains(int[] positions, int p) {
    for (int q : positions) {
      if (q == p) {
        return true;
      }
    }
    return false;
  }

  /** Positions where the reference pattern does not accept both of the sample's alleles. */
  private int[] unphasedDeviations(SampleView view) {
    int[] reference = gene.masks[0];
    int[] out = new int[gene.positionCount];
    int n = 0;
    for (int p = 0; p < gene.positionCount; p++) {
      if (!view.missing[p]
          && ((reference[p] & (1 << view.first[p])) == 0
              || (reference[p] & (1 << view.second[p])) == 0)) {
        out[n++] = p;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private boolean acceptsEither(int allele, int[] positions, SampleView view) {
    int[] mask = gene.masks[allele];
    for (int p : positions) {
      if (!view.missing[p] && (mask[p] & ((1 << view.first[p]) | (1 << view.second[p]))) == 0) {
        return false;
      }
    }
    return true;
  }

  private boolean fits(int a, int b, int[] positions, int[] x, int[] y, SampleView view) {
    int[] ma = gene.masks[a];
    int[] mb = gene.masks[b];
    for (int p : positions) {
      if (view.missing[p]) {
        continue;
      }
      int bx = 1 << x[p];
      int by = 1 << y[p];
      boolean straight = (ma[p] & bx) != 0 && (mb[p] & by) != 0;
      boolean crossed = (ma[p] & by) != 0 && (mb[p] & bx) != 0;
      if (!straight && !crossed) {
        return false;
      }
    }
    return true;
  }

  private Diplotype pair(int a, int b, int score) {
    return new Diplotype(Haplotype.of(gene.name(a)), Haplotype.of(gene.name(b)), score);
  }

  /**
   * One entry per diplotype name (sub-alleles reported under their core allele can repeat), each
   * with its alleles in natural order ({@code *2/*38}, as the phenotype tables write them), sorted.
   */
  private static List<Diplotype> distinctSorted(List<Diplotype> found) {
    Map<String, Diplotype> byName = new LinkedHashMap<>();
    for (Diplotype d : found) {
      Diplotype ordered = d;
      if (d.second() != null && AlleleNames.compare(d.first().name(), d.second().name()) > 0) {
        ordered = new Diplotype(d.second(), d.first(), d.score());
      }
      byName.putIfAbsent(ordered.name(), ordered);
    }
    List<Diplotype> sorted = new ArrayList<>(byName.values());
    sorted.sort(
        Comparator.comparing((Diplotype d) -> d.first().name(), AlleleNames.NATURAL)
            .thenComparing(d -> d.second() == null ? "" : d.second().name(), AlleleNames.NATURAL));
    return sorted;
  }

  /**
   * The curated priorities of the definitions' exemptions (NAT2): when the unphased data fit every
   * diplotype of a priority list, whatever their scores, its pick is reported (as the reference
   * tool does); a note names the alternatives.
   */
  private List<Diplotype> applyPriority(List<Diplotype> top, SampleView view, List<String> notes) {
    int[] deviations = unphasedDeviations(view);
    for (DiplotypePriority priority : gene.definition.exemption().unphasedPriorities()) {
      Diplotype picked = null;
      boolean allFit = true;
      for (String candidate : priority.candidates()) {
        Diplotype fitting = fitting(candidate, deviations, view);
        allFit &= fitting != null;
        if (candidate.equals(priority.pick())) {
          picked = fitting;
        }
      }
      if (allFit && picked != null) {
        notes.add(
            "Unphased data fit "
                + String.join(", ", new TreeSet<>(priority.candidates()))
                + "; the allele definitions say to report "
                + priority.pick());
        return List.of(picked);
      }
    }
    return top;
  }

  /** The diplotype named {@code A/B} when that pair fits the unphased data, else null. */
  private Diplotype fitting(String diplotype, int[] deviations, SampleView view) {
    String[] names = diplotype.split("/", 2);
    int a = gene.indexOf(names[0]);
    int b = names.length == 2 ? gene.indexOf(names[1]) : -1;
    if (a < 0
        || b < 0
        || !acceptsEither(a, deviations, view)
        || !acceptsEither(b, deviations, view)
        || !fits(a, b, deviations, view.first, view.second, view)
        || !fits(a, b, gene.specific[a], view.first, view.second, view)
        || !fits(a, b, gene.specific[b], view.first, view.second, view)) {
      return null;
    }
    int score = gene.score(a, view) + gene.score(b, view) - wobblePenalty(a, b, view);
    return distinctSorted(List.of(pair(a, b, score))).get(0);
  }
}
