package org.gms.server.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.springframework.stereotype.Component;

/**
 * What a clinician's words mean in genes, for the directory search: HPO terms by label or synonym
 * ("seizures", "global developmental delay", "learning disability"), with every more specific term,
 * and diseases by name ("Dravet"); the genes annotated to them (HPO genes_to_phenotype, as bundled
 * with the phenotype engine). Also each gene's disease words, to tell which of the panels holding a
 * gene is about its disease, and spelling suggestions from the same vocabulary.
 */
@Component
class ClinicalWords {

  private static final String GENOMICS = "/org/gms/genomics/phenotype/";
  private static final String SYNONYMS =
      "/org/gms/server/directory/bundled/hpo/hpo-synonyms.2026-02-16.tsv.gz";
  private static final int MAX_TERMS = 40;

  /**
   * Synonyms of UK clinical usage that HPO does not list: in the NHS "learning disability" is
   * reduced intellectual ability with difficulty in everyday activities (intellectual disability,
   * HP:0001249), where HPO's "Specific learning disability" (HP:0001328) is the US sense (dyslexia,
   * dyscalculia). Both are searched.
   */
  private static final Map<String, List<String>> UK_SYNONYMS =
      Map.of("HP:0001249", List.of("Learning disability", "Learning disabilities"));

  /** Words too common in disease and indication names to tell them apart. */
  private static final Set<String> COMMON =
      Set.of(
          "syndr", "disord", "diseas", "type", "with", "and", "early", "onset", "famili", "other",
          "inheri", "defici", "associ", "due", "the", "for", "non", "like", "autoso", "domina",
          "recess", "linked", "infant", "childh", "adult", "isolat", "rare", "testin", "genomi");

  /** What the words found. */
  record Meaning(List<String> terms, List<String> diseases, Set<String> genes) {

    boolean isEmpty() {
      return genes.isEmpty();
    }
  }

  private volatile Tables tables;

  private record Tables(
      Map<HpoTermId, List<String>> synonyms,
      Map<HpoTermId, Set<String>> genesByTerm,
      Map<String, Set<String>> genesByDisease,
      Map<String, String> diseaseNames,
      Map<String, Set<String>> diseaseWordsByGene,
      Set<String> vocabulary) {}

  /** The genes the words point to, with the terms and diseases that matched (best first). */
  Meaning meaning(String query) {
    Tables t = tables();
    HpoOntology ontology = PhenotypeKnowledge.bundled().ontology();
    List<String> words = words(query);
    if (words.isEmpty()) {
      return new Meaning(List.of(), List.of(), Set.of());
    }
    Set<HpoTermId> terms = new LinkedHashSet<>();
    String stemmed = String.join(" ", words.stream().map(ClinicalWords::singular).toList());
    terms.addAll(ontology.search(stemmed, MAX_TERMS));
    t.synonyms()
        .forEach(
            (id, synonyms) -> {
              for (String synonym : synonyms) {
                if (terms.size() < 2 * MAX_TERMS && containsAll(synonym, words)) {
                  terms.add(id);
                }
              }
            });
    List<String> termNames = new ArrayList<>();
    Set<String> genes = new TreeSet<>();
    if (!terms.isEmpty()) {
      for (Map.Entry<HpoTermId, Set<String>> annotated : t.genesByTerm().entrySet()) {
        for (HpoTermId term : terms) {
          if (ontology.contains(annotated.getKey())
              && ontology.contains(term)
              && ontology.isSubsumedBy(annotated.getKey(), term)) {
            genes.addAll(annotated.getValue());
            break;
          }
        }
      }
      terms.stream()
          .filter(ontology::contains)
          .limit(3)
          .forEach(id -> termNames.add(ontology.name(id) + " (" + id + ")"));
    }
    List<String> diseases = new ArrayList<>();
    for (Map.Entry<String, String> disease : t.diseaseNames().entrySet()) {
      if (containsAll(disease.getValue(), words)) {
        Set<String> linked = t.genesByDisease().getOrDefault(disease.getKey(), Set.of());
        if (!linked.isEmpty()) {
          genes.addAll(linked);
          if (diseases.size() < 3) {
            diseases.add(disease.getValue() + " (" + disease.getKey() + ")");
          }
        }
      }
    }
    return new Meaning(termNames, diseases, genes);
  }

  /** Whether the indication's or panel's name shares a meaningful word with the gene's diseases. */
  boolean namesTheGenesDisease(String gene, String name) {
    Set<String> diseaseWords =
        tables().diseaseWordsByGene().getOrDefault(gene.toUpperCase(Locale.ROOT), Set.of());
    for (String word : stems(name)) {
      if (diseaseWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The query with each unknown word replaced by the nearest known one (at most two edits), or
   * empty when no word changes.
   */
  java.util.Optional<String> respelling(String query, Set<String> extraVocabulary) {
    Set<String> vocabulary = tables().vocabulary();
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String word : words(query)) {
      if (word.length() < 4 || vocabulary.contains(word) || extraVocabulary.contains(word)) {
        out.add(word);
        continue;
      }
      String best = null;
      int bestDistance = 3;
      for (Set<String> source : List.of(extraVocabulary, vocabulary)) {
        for (String known : source) {
          if (Math.abs(known.length() - word.length()) < bestDistance) {
            int d = distance(word, known, bestDistance);
            if (d < bestDistance) {
              bestDistance = d;
              best = known;
            }
          }
        }
      }
      out.add(best == null ? word : best);
      changed |= best != null;
    }
    return changed ? java.util.Optional.of(String.join(" ", out)) : java.util.Optional.empty();
  }

  static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Every query word, singular, is in the text's words or starts one of them. */
  private static boolean containsAll(String text, List<String> words) {
    List<String> own = words(text);
    for (String word : words) {
      String wanted = singular(word);
      boolean found = false;
      for (String w : own) {
        if (w.startsWith(wanted) || singular(w).equals(wanted)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Six-letter stems of the meaningful words: "epileptic" and "epilepsy" share "epilep". */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : words(text)) {
      String stem = word.length() > 6 ? word.substring(0, 6) : word;
      if (word.length() >= 5 && !COMMON.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }

  private static int distance(String a, String b, int cap) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        best = Math.min(best, current[j]);
      }
      if (best >= cap) {
        return cap;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private Tables tables() {
    Tables loaded = tables;
    if (loaded == null) {
      synchronized (this) {
        if (tables == null) {
          tables = load();
        }
        loaded = tables;
      }
    }
    return loaded;
  }

  private static Tables load() {
    Map<HpoTermId, List<String>> synonyms = new HashMap<>();
    Set<String> vocabulary = new HashSet<>();
    UK_SYNONYMS.forEach(
        (id, names) ->
            synonyms.computeIfAbsent(HpoTermId.parse(id), k -> new ArrayList<>()).addAll(names));
    for (String[] row : rows(ClinicalWords.class.getResourceAsStream(SYNONYMS), SYNONYMS)) {
      synonyms.computeIfAbsent(HpoTermId.parse(row[0]), k -> new ArrayList<>()).add(row[1]);
      vocabulary.addAll(words(row[1]));
    }
    Map<HpoTermId, Set<String>> genesByTerm = new HashMap<>();
    Map<String, Set<String>> genesByDisease = new HashMap<>();
    for (String[] row :
        rows(
            PhenotypeKnowledge.class.getResourceAsStream(GENOMICS + "genes_to_phenotype.txt.gz"),
            "genes_to_phenotype.txt.gz")) {
      if (row.length < 5 || row[0].equals("ncbi_gene_id")) {
        continue;
      }
      String gene = row[1].toUpperCase(Locale.ROOT);
      genesByTerm.computeIfAbsent(HpoTermId.parse(row[2]), k -> new HashSet<>()).add(gene);
      genesByDisease.computeIfAbsent(row[4], k -> new HashSet<>()).add(gene);
    }
    Map<String, String> diseaseNames = new HashMap<>();
    for (String[] row :
        rows(
            PhenotypeKnowledge.class.getResourceAsStream(
                GENOMICS + "disease-names.2023-01-27.tsv.gz"),
            "disease-names.2023-01-27.tsv.gz")) {
      if (row.length >= 2) {
        diseaseNames.put(row[0], row[1]);
        vocabulary.addAll(words(row[1]));
      }
    }
    Map<String, Set<String>> diseaseWordsByGene = new HashMap<>();
    genesByDisease.forEach(
        (disease, genes) -> {
          String name = diseaseNames.get(disease);
          if (name != null) {
            Set<String> stems = stems(name);
            for (String gene : genes) {
              diseaseWordsByGene.computeIfAbsent(gene, k -> new HashSet<>()).addAll(stems);
            }
          }
        });
    vocabulary.removeIf(w -> w.length() < 4 || w.chars().anyMatch(Character::isDigit));
    return new Tables(
        synonyms,
        genesByTerm,
        genesByDisease,
        diseaseNames,
        diseaseWordsByGene,
        Set.copyOf(vocabulary));
  }

  private static List<String[]> rows(InputStream stream, String name) {
    if (stream == null) {
      throw new IllegalStateException("The bundled file " + name + " is missing from the build.");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bundled " + name, e);
    }
    return rows;
  }
}
