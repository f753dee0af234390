package org.gms.genomics.pgx.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gms.genomics.pgx.phenotype.GuidelineSource;

/**
 * Finds the recommendations that apply to a patient. For each guideline, every combination of the
 * readings of its genes is looked up (several when a gene's diplotypes tie); a recommendation
 * applies when each of its keys matches the reading of that gene: a phenotype or activity-score key
 * must be among the reading's lookup keys, a diplotype key must equal the reading's allele copies.
 * A diplotype-specific recommendation replaces the phenotype one for the same drug and population.
 * Combinations where no gene has a result are skipped. Thread-safe.
 */
public final class RecommendationFinder {

  private final List<Guideline> guidelines;
  private final Map<Guideline, Index> indexes = new java.util.IdentityHashMap<>();

  public RecommendationFinder(List<Guideline> guidelines) {
    this.guidelines = List.copyOf(guidelines);
    this.guidelines.forEach(g -> indexes.put(g, new Index(g)));
  }

  /**
   * A guideline's recommendations by the phenotype key of its first gene, so that a lookup checks
   * only the few that can apply.
   */
  private static final class Index {
    final String firstGene;
    final Map<String, List<GuidelineRecommendation>> byFirstGeneKey = new HashMap<>();

    /** Genotype-specific ones (DPWG), by the first gene's allele copies. */
    final Map<Map<String, Integer>, List<GuidelineRecommendation>> byFirstGeneCopies =
        new HashMap<>();

    final List<GuidelineRecommendation> others = new ArrayList<>();

    /** Each recommendation's place in the guideline, to keep candidates in that order. */
    final Map<GuidelineRecommendation, Integer> order = new java.util.IdentityHashMap<>();

    Index(Guideline guideline) {
      firstGene = guideline.genes().isEmpty() ? null : guideline.genes().get(0);
      for (GuidelineRecommendation rec : guideline.recommendations()) {
        order.put(rec, order.size());
        String key = firstGene == null ? null : rec.phenotypeKeys().get(firstGene);
        Map<String, Integer> copies = firstGene == null ? null : rec.diplotypeKeys().get(firstGene);
        if (key != null) {
          byFirstGeneKey.computeIfAbsent(key, k -> new ArrayList<>()).add(rec);
        } else if (copies != null) {
          byFirstGeneCopies.computeIfAbsent(copies, k -> new ArrayList<>()).add(rec);
        } else {
          others.add(rec);
        }
      }
    }

    /**
     * The recommendations that can apply to a combination, found by the first gene's key or allele
     * copies: those without a key for the first gene and those for its allele copies (in the
     * guideline's order), then those for its keys.
     */
    void addCandidates(Map<String, GeneLookup> combination, List<GuidelineRecommendation> to) {
      to.addAll(others);
      GeneLookup first = firstGene == null ? null : combination.get(firstGene);
      if (first == null) {
        return;
      }
      List<GuidelineRecommendation> forCopies = byFirstGeneCopies.get(first.alleleCounts());
      if (forCopies != null) {
        to.addAll(forCopies);
        to.sort(Comparator.comparing(order::get));
      }
      for (String key : first.lookupKeys()) {
        List<GuidelineRecommendation> keyed = byFirstGeneKey.get(key);
        if (keyed != null) {
          to.addAll(keyed);
        }
      }
    }
  }

  public List<Guideline> guidelines() {
    return guidelines;
  }

  /**
   * @param readings per source, per gene, the patient's readings; a gene without readings counts as
   *     {@link GeneLookup#NO_RESULT}
   */
  public List<DrugRecommendation> find(
      Map<GuidelineSource, Map<String, List<GeneLookup>>> readings) {
    List<DrugRecommendation> found = new ArrayList<>();
    for (Guideline guideline : guidelines) {
      Map<String, List<GeneLookup>> bySource = readings.getOrDefault(guideline.source(), Map.of());
      found.addAll(find(guideline, bySource));
    }
    found.sort(
        Comparator.comparing(DrugRecommendation::drug)
            .thenComparing(DrugRecommendation::source)
            .thenComparing(r -> r.population() == null ? "" : r.population()));
    return found;
  }

  private List<DrugRecommendation> find(
      Guideline guideline, Map<String, List<GeneLookup>> readings) {
    Map<String, Match> matches = null;
    Index index = indexes.get(guideline);
    List<GuidelineRecommendation> candidates = new ArrayList<>();
    List<GuidelineRecommendation> applying = new ArrayList<>();
    for (Map<String, GeneLookup> combination : combinations(guideline.genes(), readings)) {
      if (noResultAtAll(combination)) {
        continue;
      }
      candidates.clear();
      applying.clear();
      index.addCandidates(combination, candidates);
      for (GuidelineRecommendation rec : candidates) {
        if (applies(rec, combination)) {
          applying.add(rec);
        }
      }
      if (applying.isEmpty()) {
        continue;
      }
      if (matches == null) {
        matches = new LinkedHashMap<>();
      }
      for (GuidelineRecommendation rec : mostSpecific(applying)) {
        matches.computeIfAbsent(rec.id(), id -> new Match(rec)).add(combination);
      }
    }
    if (matches == null) {
      return List.of();
    }
    List<DrugRecommendation> out = new ArrayList<>();
    for (Match match : matches.values()) {
      // A recommendation names its drugs; one that does not applies to all of the guideline's.
      List<String> drugs = match.rec.drugs().isEmpty() ? guideline.drugs() : match.rec.drugs();
      for (String drug : drugs) {
        out.add(match.toDrugRecommendation(guideline, drug));
      }
    }
    return out;
  }

  private static boolean noResultAtAll(Map<String, GeneLookup> combination) {
    for (GeneLookup reading : combination.values()) {
      if (!reading.isNoResult()) {
        return false;
      }
    }
    return true;
  }

  private static boolean applies(GuidelineRecommendation rec, Map<String, GeneLookup> combination) {
    if (rec.phenotypeKeys().isEmpty() && rec.diplotypeKeys().isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> key : rec.phenotypeKeys().entrySet()) {
      GeneLookup reading = combination.get(key.getKey());
      if (reading == null || !reading.lookupKeys().contains(key.getValue())) {
        return false;
      }
    }
    for (Map.Entry<String, Map<String, Integer>> key : rec.diplotypeKeys().entrySet()) {
      GeneLookup reading = combination.get(key.getKey());
      if (reading == null || !reading.alleleCounts().equals(key.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Drops phenotype-keyed recommendations that a diplotype-keyed one refines. */
  private static List<GuidelineRecommendation> mostSpecific(List<GuidelineRecommendation> found) {
    if (found.size() == 1) {
      return found;
    }
    List<GuidelineRecommendation> kept = new ArrayList<>();
    for (GuidelineRecommendation rec : found) {
      if (!refined(rec, found)) {
        kept.add(rec);
      }
    }
    return kept;
  }

  private static boolean refined(GuidelineRecommendation rec, List<GuidelineRecommendation> found) {
    for (GuidelineRecommendation other : found) {
      if (other != rec
          && other.drugs().equals(rec.drugs())
          && java.util.Objects.equals(other.population(), rec.population())) {
        for (String gene : other.diplotypeKeys().keySet()) {
          if (rec.phenotypeKeys().containsKey(gene)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Every combination of the genes' readings (a gene without readings reads {@code No Result}); one
   * when no gene has tied diplotypes, the usual case.
   */
  private static List<Map<String, GeneLookup>> combinations(
      List<String> genes, Map<String, List<GeneLookup>> readings) {
    Map<String, GeneLookup> single = new HashMap<>(8);
    boolean tied = false;
    for (String gene : genes) {
      List<GeneLookup> options = readings.get(gene);
      if (options == null || options.isEmpty()) {
        single.put(gene, GeneLookup.noResult(gene));
      } else if (options.size() == 1) {
        single.put(gene, options.get(0));
      } else {
        tied = true;
        break;
      }
    }
    if (!tied) {
      return List.of(single);
    }
    List<Map<String, GeneLookup>> combinations = new ArrayList<>();
    combinations.add(new HashMap<>());
    for (String gene : genes) {
      List<GeneLookup> options = readings.getOrDefault(gene, List.of());
      if (options.isEmpty()) {
        options = List.of(GeneLookup.noResult(gene));
      }
      List<Map<String, GeneLookup>> extended = new ArrayList<>();
      for (Map<String, GeneLookup> partial : combinations) {
        for (GeneLookup option : options) {
          Map<String, GeneLookup> next = new HashMap<>(partial);
          next.put(gene, option);
          extended.add(next);
        }
      }
      combinations = extended;
    }
    return combinations;
  }

  /** A recommendation with every patient reading it applied to. */
  private static final class Match {
    final GuidelineRecommendation rec;
    final Map<String, Set<String>> diplotypes = new TreeMap<>();
    final Map<String, Set<String>> keys = new TreeMap<>();

    Match(GuidelineRecommendation rec) {
      this.rec = rec;
    }

    void add(Map<String, GeneLookup> combination) {
      combination.forEach(
          (gene, reading) -> {
            if (reading.diplotype() != null) {
              diplotypes.computeIfAbsent(gene, g -> new LinkedHashSet<>()).add(reading.diplotype());
            }
            String key = rec.phenotypeKeys().get(gene);
            if (key != null) {
              keys.computeIfAbsent(gene, g -> new LinkedHashSet<>()).add(key);
            }
          });
    }

    DrugRecommendation toDrugRecommendation(Guideline guideline, String drug) {
      Map<String, List<String>> dips = new TreeMap<>();
      diplotypes.forEach((g, set) -> dips.put(g, List.copyOf(set)));
      Map<String, List<String>> lookups = new TreeMap<>();
      keys.forEach((g, set) -> lookups.put(g, List.copyOf(set)));
      return new DrugRecommendation(
          drug,
          guideline.source(),
          guideline.id(),
          guideline.name(),
          guideline.url(),
          rec.id(),
          guideline.genes(),
          rec.population(),
          rec.plainText(),
          rec.strength(),
          rec.implications(),
          dips,
          lookups,
          rec.change());
    }
  }
}
