package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the rows of one annotation file: disease-to-term annotations (ids mapped onto the loaded
 * ontology) and gene-to-disease links, counting what had to be mapped or dropped.
 */
final class AnnotationCollector {

  private static final int EXAMPLES_KEPT = 5;

  private final HpoOntology ontology;
  private final Map<DiseaseId, DiseaseEntry> diseases = new LinkedHashMap<>();
  private final Map<Gene, Set<DiseaseId>> geneDiseases = new LinkedHashMap<>();
  private final List<String> droppedExamples = new ArrayList<>();
  private int rows;
  private int mappedIds;
  private int droppedRows;
  private int otherAspectRows;

  AnnotationCollector(HpoOntology ontology) {
    this.ontology = ontology;
  }

  /** One disease's annotations: term index to frequency (NaN = not given), and NOT terms. */
  static final class DiseaseEntry {
    String name;
    final Map<Integer, Double> frequencies = new HashMap<>();
    final Set<Integer> excluded = new LinkedHashSet<>();

    void add(int term, double frequency) {
      Double known = frequencies.get(term);
      if (known == null || known.isNaN() || (!Double.isNaN(frequency) && frequency > known)) {
        frequencies.put(term, frequency);
      }
    }
  }

  /**
   * Records one annotation row. Terms outside Phenotypic abnormality (inheritance, onset, ...) are
   * counted and left out; ids that do not resolve in this ontology are counted and dropped.
   */
  void annotate(
      DiseaseId disease,
      String diseaseName,
      HpoTermId term,
      double frequency,
      boolean negated,
      String where) {
    rows++;
    DiseaseEntry entry = diseases.computeIfAbsent(disease, d -> new DiseaseEntry());
    if (diseaseName != null && !diseaseName.isBlank() && entry.name == null) {
      entry.name = diseaseName;
    }
    TermResolution resolution = ontology.resolve(term);
    if (!resolution.isResolved()) {
      droppedRows++;
      if (droppedExamples.size() < EXAMPLES_KEPT) {
        droppedExamples.add(where + ": " + resolution.explanation());
      }
      return;
    }
    if (resolution.status() != TermResolution.Status.CURRENT) {
      mappedIds++;
    }
    int index = ontology.index(resolution.term());
    if (!ontology.isPhenotypeTerm(index)) {
      otherAspectRows++;
      return;
    }
    if (negated || frequency == 0.0) {
      entry.excluded.add(index);
    } else {
      entry.add(index, frequency);
    }
  }

  void link(Gene gene, DiseaseId disease) {
    geneDiseases.computeIfAbsent(gene, g -> new LinkedHashSet<>()).add(disease);
  }

  Map<DiseaseId, DiseaseEntry> diseases() {
    return diseases;
  }

  Map<Gene, Set<DiseaseId>> geneDiseases() {
    return geneDiseases;
  }

  String summary(String source) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%s: %,d rows, %,d diseases, %,d genes; %,d obsolete/alt ids mapped, %,d rows"
                    + " outside Phenotypic abnormality left out, %,d rows with unresolvable ids"
                    + " dropped",
                source,
                rows,
                diseases.size(),
                geneDiseases.size(),
                mappedIds,
                otherAspectRows,
                droppedRows));
    for (String example : droppedExamples) {
      text.append(System.lineSeparator()).append("  dropped: ").append(example);
    }
    return text.toString();
  }
}
