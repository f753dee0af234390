package org.gms.genomics.phenotype.modelorganism;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

  private MouseModels(Loader loader) {
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
    return new MouseModels(new Loader(files));
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

  /** Reads the files into the loader's lists, counting what cannot be used. */
  private static final class Loader {
    final List<String> termIds = new ArrayList<>();
    final Map<String, Integer> termIndex = new HashMap<>();
    final Map<Integer, String> labels = new HashMap<>();
    int[][] ancestors;
    final List<Gene> genes = new ArrayList<>();
    final List<int[]> geneTerms = new ArrayList<>();
    final List<Integer> mutantCounts = new ArrayList<>();
    final Map<Integer, int[]> bestMatch = new HashMap<>();
    final Map<Integer, Double> bestMatchScore = new HashMap<>();
    final Map<Integer, int[]> equivalents = new HashMap<>();
    final List<String> provenance = new ArrayList<>();

    Loader(CrossSpeciesFiles files) {
      try {
        readTerms(files);
        readAncestors(files);
        readGenes(files);
        readBestMatches(files);
        readEquivalents(files);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the model-organism files", e);
      }
    }

    private void readTerms(CrossSpeciesFiles files) throws IOException {
      try (BufferedReader in = files.open(CrossSpeciesFiles.TERMS)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          termIndex.put(line.strip(), termIds.size());
          termIds.add(line.strip());
        }
      }
    }

    private void readAncestors(CrossSpeciesFiles files) throws IOException {
      ancestors = new int[termIds.size()][];
      try (BufferedReader in = files.open(CrossSpeciesFiles.ANCESTORS)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split("\t");
          int term = Integer.parseInt(f[0]);
          TreeSet<Integer> all = new TreeSet<>();
          all.add(term);
          if (f.length > 1 && !f[1].isBlank()) {
            for (String a : f[1].split("\\|")) {
              all.add(Integer.parseInt(a));
            }
          }
          ancestors[term] = all.stream().mapToInt(Integer::intValue).toArray();
        }
      }
      for (int t = 0; t < ancestors.length; t++) {
        if (ancestors[t] == null) {
          ancestors[t] = new int[] {t};
        }
      }
    }

    private void readGenes(CrossSpeciesFiles files) throws IOException {
      Map<String, List<String>> mutantsOfGene = new LinkedHashMap<>();
      try (BufferedReader in = files.open(CrossSpeciesFiles.MUTANT_GENES)) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split("\t");
          if (f.length >= 2) {
            mutantsOfGene.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
          }
        }
      }
      Map<String, Set<Integer>> termsOfMutant = new HashMap<>();
      int rows = 0;
      int unknownTerms = 0;
      try (BufferedReader in = files.open(CrossSpeciesFiles.MUTANT_PHENOTYPES)) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split("\t");
          if (f.length < 2) {
            continue;
          }
          rows++;
          Integer term = termIndex.get(f[1]);
          if (term == null) {
            unknownTerms++;
            continue;
          }
          termsOfMutant.computeIfAbsent(f[0], k -> new TreeSet<>()).add(term);
        }
      }
      Map<Gene, Set<Integer>> termsOfGene = new LinkedHashMap<>();
      Map<Gene, Integer> mutantsOf = new HashMap<>();
      Set<String> unknownGenes = new LinkedHashSet<>();
      int mutantsWithPhenotypes = 0;
      for (Map.Entry<String, List<String>> e : mutantsOfGene.entrySet()) {
        Optional<Gene> gene = files.gene(e.getKey());
        if (gene.isEmpty()) {
          unknownGenes.add(e.getKey());
          continue;
        }
        for (String mutant : e.getValue()) {
          Set<Integer> terms = termsOfMutant.get(mutant);
          if (terms != null) {
            mutantsWithPhenotypes++;
            termsOfGene.computeIfAbsent(gene.get(), k -> new TreeSet<>()).addAll(terms);
            mutantsOf.merge(gene.get(), 1, Integer::sum);
          }
        }
      }
      termsOfGene.forEach(
          (gene, terms) -> {
            genes.add(gene);
            geneTerms.add(terms.stream().mapToInt(Integer::intValue).toArray());
            mutantCounts.add(mutantsOf.get(gene));
          });
      provenance.add(
          String.format(
              Locale.ROOT,
              "%s %s + %s: MGI mouse mutants 2016-10-13, %,d phenotype rows (%,d with a term"
                  + " outside the 2017 HP/MP table, dropped), %,d mutants with phenotypes and a"
                  + " human orthologue, %,d human genes",
              files.origin(),
              CrossSpeciesFiles.MUTANT_GENES,
              CrossSpeciesFiles.MUTANT_PHENOTYPES,
              rows,
              unknownTerms,
              mutantsWithPhenotypes,
              genes.size()));
      provenance.add(
          String.format(
              Locale.ROOT,
              "  %,d orthologue Ensembl gene ids HGNC 2024-10 does not know (their mutants"
                  + " unused)%s",
              unknownGenes.size(),
              unknownGenes.isEmpty()
                  ? ""
                  : ", e.g. " + String.join(", ", unknownGenes.stream().limit(5).toList())));
    }

    private void readBestMatches(CrossSpeciesFiles files) throws IOException {
      int rows = 0;
      int unusable = 0;
      try (BufferedReader in = files.open(CrossSpeciesFiles.BEST_MATCHES)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split("\t");
          if (f.length < 5 || !f[0].startsWith("HP:")) {
            continue;
          }
          rows++;
          Integer mp = termIndex.get(f[2]);
          if (mp == null) {
            unusable++;
            continue;
          }
          int hp = HpoTermId.parse(f[0]).number();
          labels.putIfAbsent(mp, f[3]);
          double score = Double.parseDouble(f[4]);
          bestMatch.put(hp, new int[] {mp});
          bestMatchScore.put(hp, Math.min(1, score));
        }
      }
      provenance.add(
          String.format(
              Locale.ROOT,
              "%s %s: %,d HP -> MP best matches (uPheno 2020-01-24), %,d to an MP term outside"
                  + " the 2017 table (unused)",
              files.origin(),
              CrossSpeciesFiles.BEST_MATCHES,
              rows,
              unusable));
    }

    private void readEquivalents(CrossSpeciesFiles files) throws IOException {
      Map<Integer, Set<Integer>> found = new HashMap<>();
      int rows = 0;
      try (BufferedReader in = files.open(CrossSpeciesFiles.EQUIVALENTS)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split("\t");
          if (f.length < 4 || !f[0].contains("HP_")) {
            continue;
          }
          String hp = obo(f[0]);
          String mp = obo(f[2]);
          Integer mpIndex = termIndex.get(mp);
          if (!mp.startsWith("MP:") || mpIndex == null) {
            continue;
          }
          rows++;
          labels.putIfAbsent(mpIndex, f[3].replace("\"", ""));
          found.computeIfAbsent(HpoTermId.parse(hp).number(), k -> new TreeSet<>()).add(mpIndex);
        }
      }
      found.forEach(
          (hp, mps) -> equivalents.put(hp, mps.stream().mapToInt(Integer::intValue).toArray()));
      provenance.add(
          String.format(
              Locale.ROOT,
              "%s %s: %,d HP = MP logical equivalences (uPheno)",
              files.origin(),
              CrossSpeciesFiles.EQUIVALENTS,
              rows));
    }

    /** {@code <http://purl.obolibrary.org/obo/HP_0003022>} to {@code HP:0003022}. */
    private static String obo(String iri) {
      String local = iri.substring(iri.lastIndexOf('/') + 1).replace(">", "");
      return local.replace('_', ':');
    }
  }
}
