package org.gms.genomics.pgx.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.pgx.phenotype.GuidelineSource;

/**
 * A recommendation that applies to the patient, for one drug.
 *
 * @param drug the drug
 * @param source CPIC or DPWG
 * @param guidelineId the guideline's ClinPGx identifier
 * @param guidelineName the guideline's title
 * @param url where to read the guideline
 * @param recommendationId the recommendation's ClinPGx identifier
 * @param genes the genes the guideline depends on
 * @param population the population or indication it is limited to, or null
 * @param recommendation the recommendation text (plain)
 * @param strength its classification (e.g. {@code Strong}), or null
 * @param implications what the genotype implies
 * @param diplotypes per gene, the patient's diplotypes it applies to (several when tied)
 * @param lookupKeys per gene, the phenotype or activity score it was looked up by
 * @param change what it asks the prescriber to change
 */
public record DrugRecommendation(
    String drug,
    GuidelineSource source,
    String guidelineId,
    String guidelineName,
    String url,
    String recommendationId,
    List<String> genes,
    String population,
    String recommendation,
    String strength,
    List<String> implications,
    Map<String, List<String>> diplotypes,
    Map<String, List<String>> lookupKeys,
    PrescribingChange change) {

  public DrugRecommendation {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(source, "source");
    genes = List.copyOf(genes);
    implications = List.copyOf(implications);
    // In gene order, so that a report reads the same from run to run.
    diplotypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(diplotypes));
    lookupKeys = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lookupKeys));
  }
}
