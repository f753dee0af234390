package org.gms.server.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.pgx.recommendation.PrescribingChange;

/**
 * A CPIC or DPWG recommendation that applies to a patient's stored result, for one drug.
 *
 * @param drug the drug, as the guideline names it (e.g. {@code clopidogrel})
 * @param source {@code CPIC} or {@code DPWG}
 * @param genes the genes the guideline depends on
 * @param population the population or indication it is limited to, or null
 * @param recommendation the recommendation text
 * @param strength its classification (e.g. {@code Strong}), or null
 * @param implications what the genotype implies, per gene
 * @param phenotypes per gene, the phenotype or activity score it was looked up by
 * @param diplotypes per gene, the patient's diplotypes it applies to
 * @param guideline the guideline's title
 * @param guidelineId the guideline's ClinPGx id
 * @param recommendationId the recommendation's ClinPGx id
 * @param url where to read the guideline
 * @param change what it asks the prescriber to change
 */
public record PgxRecommendation(
    String drug,
    String source,
    List<String> genes,
    String population,
    String recommendation,
    String strength,
    List<String> implications,
    Map<String, List<String>> phenotypes,
    Map<String, List<String>> diplotypes,
    String guideline,
    String guidelineId,
    String recommendationId,
    String url,
    PrescribingChange change) {

  public PgxRecommendation {
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(change, "change");
    genes = List.copyOf(genes);
    implications = List.copyOf(implications);
    phenotypes = Map.copyOf(phenotypes);
    diplotypes = Map.copyOf(diplotypes);
  }
}
