package org.gms.genomics.phenotype;

import java.util.List;

/**
 * How well one disease explains the patient's phenotype, with the term-by-term explanation.
 *
 * @param disease the disease id
 * @param name its name from phenotype.hpoa, or empty when that file was not loaded
 * @param score log10 likelihood ratio: the terms' scores plus {@code unreportedFeatures}
 * @param terms one entry per patient term used (observed first, then excluded)
 * @param unreportedFeatures log10 contribution of the disease's features that the patient's record
 *     does not show (zero or negative)
 */
public record DiseaseMatch(
    DiseaseId disease,
    String name,
    double score,
    List<TermMatch> terms,
    double unreportedFeatures) {

  public DiseaseMatch {
    if (disease == null) {
      throw new IllegalArgumentException("A disease match needs the disease");
    }
    name = name == null ? "" : name;
    terms = List.copyOf(terms);
  }
}
