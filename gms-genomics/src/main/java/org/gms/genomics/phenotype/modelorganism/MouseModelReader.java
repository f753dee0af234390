package org.gms.genomics.phenotype.modelorganism;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.gms.genomics.phenotype.HpoTermId;

/**
 * Reads the model-organism files (terms, the integrated HP/MP ancestor table, mouse mutants with
 * their genes and phenotypes, uPheno best matches and equivalences) into lists for {@link
 * MouseModels}, counting what cannot be used (ids HGNC does not know) in its provenance lines.
 */
final class MouseModelReader {
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

  MouseModelReader(CrossSpeciesFiles files) {
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
