package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;

/**
 * One release of the Human Phenotype Ontology: its current terms, their names, the is-a hierarchy,
 * and how secondary and obsolete ids map onto current terms. Immutable and safe to share between
 * threads.
 *
 * <p>Terms are also numbered densely (0..size-1, in id order) for the scoring code, which keeps the
 * ancestors of every term (the term itself included) as a sorted array.
 */
public final class HpoOntology {

  /** {@code HP:0000001}, the root of the whole ontology. */
  public static final HpoTermId ROOT = new HpoTermId(1);

  /** {@code HP:0000118}, the root of the phenotypic abnormality sub-ontology. */
  public static final HpoTermId PHENOTYPIC_ABNORMALITY = new HpoTermId(118);

  private final String version;
  private final int[] numbers;
  private final String[] names;
  private final int[][] parents;
  private final int[][] ancestors;
  private final Map<Integer, TermResolution> redirects;
  private final int phenotypeRoot;

  HpoOntology(
      String version,
      int[] numbers,
      String[] names,
      int[][] parents,
      int[][] ancestors,
      Map<Integer, TermResolution> redirects) {
    this.version = version;
    this.numbers = numbers;
    this.names = names;
    this.parents = parents;
    this.ancestors = ancestors;
    this.redirects = Map.copyOf(redirects);
    this.phenotypeRoot = Arrays.binarySearch(numbers, PHENOTYPIC_ABNORMALITY.number());
    if (phenotypeRoot < 0) {
      throw new GenomicsException(
          "The ontology has no "
              + PHENOTYPIC_ABNORMALITY
              + " (Phenotypic abnormality): is it HPO?");
    }
  }

  /** Reads {@code hp.obo}, plain or gzip-compressed. */
  public static HpoOntology read(Path oboFile) {
    try (BufferedReader reader = TextInput.open(oboFile)) {
      return new OboReader(oboFile.toString()).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + oboFile, e);
    }
  }

  /** Reads {@code hp.obo} from a stream, plain or gzip-compressed; the name is used in errors. */
  public static HpoOntology read(InputStream obo, String sourceName) {
    try (BufferedReader reader = TextInput.open(obo)) {
      return new OboReader(sourceName).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
  }

  /** The release, as the file's {@code data-version} header says (for example hp/releases/...). */
  public String version() {
    return version;
  }

  /** How many current (non-obsolete) terms the release has. */
  public int size() {
    return numbers.length;
  }

  public boolean contains(HpoTermId id) {
    return index(id) >= 0;
  }

  /** What this id stands for in this release: itself, a mapped term, or nothing. */
  public TermResolution resolve(HpoTermId id) {
    if (contains(id)) {
      return new TermResolution(id, TermResolution.Status.CURRENT, List.of(id));
    }
    return redirects.getOrDefault(
        id.number(), new TermResolution(id, TermResolution.Status.UNKNOWN, List.of()));
  }

  /** The label of a current term. */
  public String name(HpoTermId id) {
    return names[require(id)];
  }

  /** The direct is-a parents of a current term. */
  public List<HpoTermId> parents(HpoTermId id) {
    return ids(parents[require(id)]);
  }

  /** The term and every term above it (is-a, transitively), in id order. */
  public List<HpoTermId> ancestors(HpoTermId id) {
    return ids(ancestors[require(id)]);
  }

  /** Whether {@code term} is {@code ancestor} or lies below it (is-a, transitively). */
  public boolean isSubsumedBy(HpoTermId term, HpoTermId ancestor) {
    int candidate = index(ancestor);
    return candidate >= 0 && Arrays.binarySearch(ancestors[require(term)], candidate) >= 0;
  }

  /**
   * Phenotypic abnormalities for a search box: by id ({@code HP:0001250} or its digits) or by every
   * word of the text in the label, case-insensitive; labels that start with the text first, then
   * shorter labels.
   */
  public List<HpoTermId> search(String text, int limit) {
    String query = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (query.isEmpty() || limit < 1) {
      return List.of();
    }
    String digits = query.startsWith("hp:") ? query.substring(3) : query;
    if (digits.matches("[0-9]{1,7}")) {
      int number = Integer.parseInt(digits);
      HpoTermId id = new HpoTermId(number);
      return isPhenotypicAbnormality(id) ? List.of(id) : List.of();
    }
    String[] words = query.split("\\s+");
    List<Integer> found = new java.util.ArrayList<>();
    for (int term = 0; term < names.length; term++) {
      String name = names[term].toLowerCase(java.util.Locale.ROOT);
      boolean all = true;
      for (String word : words) {
        if (!name.contains(word)) {
          all = false;
          break;
        }
      }
      if (all && isPhenotypeTerm(term)) {
        found.add(term);
      }
    }
    found.sort(
        java.util.Comparator.comparing(
                (Integer term) -> !names[term].toLowerCase(java.util.Locale.ROOT).startsWith(query))
            .thenComparingInt(term -> names[term].length())
            .thenComparing(term -> names[term]));
    return found.stream().limit(limit).map(this::termAt).toList();
  }

  /** Whether a current term lies strictly below Phenotypic abnormality (HP:0000118). */
  public boolean isPhenotypicAbnormality(HpoTermId id) {
    int term = index(id);
    return term >= 0 && isPhenotypeTerm(term);
  }

  // ---- dense numbering for the scoring code ----

  int index(HpoTermId id) {
    int found = Arrays.binarySearch(numbers, id.number());
    return found >= 0 ? found : -1;
  }

  HpoTermId termAt(int index) {
    return new HpoTermId(numbers[index]);
  }

  String nameAt(int index) {
    return names[index];
  }

  /** Ancestors of the term, the term itself included, ascending; callers must not modify it. */
  int[] ancestorsOf(int index) {
    return ancestors[index];
  }

  boolean isAncestor(int ancestor, int term) {
    return Arrays.binarySearch(ancestors[term], ancestor) >= 0;
  }

  /** Strictly below Phenotypic abnormality: the terms a phenotype match can be made on. */
  boolean isPhenotypeTerm(int index) {
    return index != phenotypeRoot && isAncestor(phenotypeRoot, index);
  }

  private int require(HpoTermId id) {
    int index = index(id);
    if (index < 0) {
      throw new IllegalArgumentException(resolve(id).explanation());
    }
    return index;
  }

  private List<HpoTermId> ids(int[] indexes) {
    List<HpoTermId> result = new ArrayList<>(indexes.length);
    for (int index : indexes) {
      result.add(termAt(index));
    }
    return List.copyOf(result);
  }
}
