package org.gms.genomics.phenotype.modelorganism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;

/**
 * Mouse mutants' phenotypes per human gene, matched to a patient's HPO terms across species.
 *
 * <p>Each MGI mouse mutant (a genotype) carries Mammalian Phenotype (MP) terms, and HPO terms where
 * MGI or PhenoRank mapped them; the mutated mouse gene's human orthologue is given as an Ensembl
 * id, turned into a human gene through HGNC. A gene's mouse profile is the union of its mutants'
 * terms with all their ancestors in the integrated HP/MP ancestor table. A patient term q matches
 * the profile through any of its HPO ancestors a (q itself first): a is in the profile (an HPO term
 * recorded for a mutant, or implied by one), or a's uPheno best MP match (weighted by its Jaccard
 * similarity) or logically equivalent MP class is. Each match is worth the information content of
 * the matched term among mouse genes ({@code ln((N+1)/(n+1))}, N genes with mutants, n of them with
 * the term), so that "abnormal nervous system physiology" is worth little and "cleft palate" much.
 * The gene's raw score is the sum over the patient's observed terms of the best match; it is not a
 * likelihood ratio: {@code EvidenceCalibration} turns it into one.
 *
 * <p>Ensembl ids that HGNC does not know are counted and reported in {@link #provenance()}, with
 * examples, never silently dropped.
 */
public final class MouseModels {

  /**
   * Matched terms shared by more than this share of mouse genes carry too little information to
   * count (and their long gene lists would dominate the time).
   */
  static final double MAX_SHARE = 0.25;

  private final List<String> termIds;
  private final Map<String, Integer> termIndex;
  private final Map<Integer, String> labels;
  private final int[][] ancestors;
  private final List<Gene> genes;
  private final Map<Integer, Integer> geneByNcbi;
  private final int[][] geneTerms;
  private final int[] mutants;
  private final int[][] genesWithTerm;
  private final double[] information;
  private final Map<Integer, int[]> bestMatch;
  private final Map<Integer, Double> bestMatchScore;
  private final Map<Integer, int[]> equivalents;
  private final List<String> provenance;

  private MouseModels(MouseModelReader loader) {
    termIds = List.copyOf(loader.termIds);
    termIndex = loader.termIndex;
    labels = Map.copyOf(loader.labels);
    ancestors = loader.ancestors;
    genes = List.copyOf(loader.genes);
    geneByNcbi = new HashMap<>();
    for (int g = 0; g < genes.size(); g++) {
      geneByNcbi.put(genes.get(g).ncbiGeneId(), g);
    }
    geneTerms = loader.geneTerms.toArray(int[][]::new);
    mutants = loader.mutantCounts.stream().mapToInt(Integer::intValue).toArray();
    int[] counts = new int[termIds.size()];
    int[][] closures = new int[genes.size()][];
    for (int g = 0; g < genes.size(); g++) {
      TreeSet<Integer> closure = new TreeSet<>();
      for (int term : geneTerms[g]) {
        for (int a : ancestors[term]) {
          closure.add(a);
        }
      }
      closures[g] = closure.stream().mapToInt(Integer::intValue).toArray();
      for (int t : closures[g]) {
        counts[t]++;
      }
    }
    genesWithTerm = new int[termIds.size()][];
    int[] filled = new int[termIds.size()];
    for (int t = 0; t < counts.length; t++) {
      genesWithTerm[t] = new int[counts[t]];
    }
    for (int g = 0; g < genes.size(); g++) {
      for (int t : closures[g]) {
        genesWithTerm[t][filled[t]++] = g;
      }
    }
    information = new double[termIds.size()];
    for (int t = 0; t < counts.length; t++) {
      information[t] = Math.log((genes.size() + 1.0) / (counts[t] + 1.0));
    }
    bestMatch = Map.copyOf(loader.bestMatch);
    bestMatchScore = Map.copyOf(loader.bestMatchScore);
    equivalents = Map.copyOf(loader.equivalents);
    provenance = List.copyOf(loader.provenance);
  }

  /** The bundled files (MGI 2016 via PhenoRank, uPheno 2020), loaded once. */
  public static MouseModels bundled() {
    return Bundled.MODELS;
  }

  private static final class Bundled {
    static final MouseModels MODELS = load(CrossSpeciesFiles.bundled());
  }

  public static MouseModels load(CrossSpeciesFiles files) {
    return new MouseModels(new MouseModelReader(files));
  }

  /** What was read, with the counts of mutants, genes and ids HGNC does not know. */
  public List<String> provenance() {
    return provenance;
  }

  /** Human genes with at least one mouse mutant that has phenotypes. */
  public List<Gene> genes() {
    return genes;
  }

  /** Index of the gene in {@link #genes()} by NCBI Gene id. */
  public Optional<Integer> indexOf(Gene gene) {
    return Optional.ofNullable(geneByNcbi.get(gene.ncbiGeneId()));
  }

  /** How many mouse mutants (genotypes) the gene at this index has. */
  public int mutantsOf(int gene) {
    return mutants[gene];
  }

  /**
   * Raw cross-species match score of every gene in {@link #genes()} for the patient's observed
   * terms (best match per term, summed; see the class comment). Terms the ontology does not know
   * are skipped.
   */
  public double[] scores(HpoOntology ontology, List<HpoTermId> observed) {
    double[] total = new double[genes.size()];
    double[] best = new double[genes.size()];
    int[] touched = new int[genes.size()];
    for (HpoTermId term : observed) {
      if (!ontology.contains(term)) {
        continue;
      }
      int count = 0;
      for (Map.Entry<Integer, Double> target : targets(ontology, term).entrySet()) {
        int t = target.getKey();
        double value = target.getValue() * information[t];
        for (int g : genesWithTerm[t]) {
          if (best[g] == 0) {
            touched[count++] = g;
          }
          if (value > best[g]) {
            best[g] = value;
          }
        }
      }
      for (int i = 0; i < count; i++) {
        total[touched[i]] += best[touched[i]];
        best[touched[i]] = 0;
      }
    }
    return total;
  }

  /**
   * One line per patient term the gene's mutants match: the patient term, the mouse term it matched
   * through, and a mutant phenotype at or below that term, for example {@code HP:0000175 Cleft
   * palate -> MP:0000111 cleft palate (mutant phenotype MP:0000111)}.
   */
  public List<String> explain(int gene, HpoOntology ontology, List<HpoTermId> observed) {
    Set<Integer> closure = new java.util.HashSet<>();
    for (int term : geneTerms[gene]) {
      for (int a : ancestors[term]) {
        closure.add(a);
      }
    }
    List<String> lines = new ArrayList<>();
    for (HpoTermId term : observed) {
      if (!ontology.contains(term)) {
        continue;
      }
      int bestTerm = -1;
      double bestValue = 0;
      for (Map.Entry<Integer, Double> target : targets(ontology, term).entrySet()) {
        double value = target.getValue() * information[target.getKey()];
        if (closure.contains(target.getKey()) && value > bestValue) {
          bestValue = value;
          bestTerm = target.getKey();
        }
      }
      if (bestTerm < 0) {
        continue;
      }
      int shown = -1;
      for (int mine : geneTerms[gene]) {
        if (Arrays.binarySearch(ancestors[mine], bestTerm) >= 0) {
          shown = mine;
          break;
        }
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "%s %s -> %s%s (mutant phenotype %s)",
              term,
              ontology.name(term),
              describe(ontology, bestTerm),
              "",
              shown < 0 ? "?" : describe(ontology, shown)));
    }
    return lines;
  }

  private String describe(HpoOntology ontology, int term) {
    String id = termIds.get(term);
    String label = labels.get(term);
    if (label == null && id.startsWith("HP:")) {
      HpoTermId hp = HpoTermId.parse(id);
      label = ontology.contains(hp) ? ontology.name(hp) : null;
    }
    return label == null ? id : id + " " + label;
  }

  /** Terms of the integrated table a patient term can match, with their weights (1 or Jaccard). */
  private Map<Integer, Double> targets(HpoOntology ontology, HpoTermId term) {
    Map<Integer, Double> targets = new LinkedHashMap<>();
    int limit = (int) (MAX_SHARE * genes.size());
    for (HpoTermId ancestor : ontology.ancestors(term)) {
      if (!ontology.isPhenotypicAbnormality(ancestor)) {
        continue;
      }
      Integer own = termIndex.get(ancestor.toString());
      if (own != null) {
        targets.merge(own, 1.0, Math::max);
      }
      for (int mp : bestMatch.getOrDefault(ancestor.number(), new int[0])) {
        targets.merge(mp, bestMatchScore.get(ancestor.number()), Math::max);
      }
      for (int mp : equivalents.getOrDefault(ancestor.number(), new int[0])) {
        targets.merge(mp, 1.0, Math::max);
      }
    }
    targets.keySet().removeIf(t -> genesWithTerm[t].length > limit);
    return targets;
  }
}
