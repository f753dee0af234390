package org.gms.genomics.pgx.recommendation;

import java.util.List;
import java.util.Objects;
import org.gms.genomics.pgx.phenotype.GuidelineSource;

/**
 * A published guideline for one or more drugs and genes, with its recommendations.
 *
 * @param id the ClinPGx guideline annotation identifier
 * @param name its title
 * @param source CPIC or DPWG
 * @param url where to read it
 * @param version the data version of the annotation
 * @param drugs the drugs it covers
 * @param genes the genes it depends on
 * @param recommendations its recommendations, one per patient group (and population)
 */
public record Guideline(
    String id,
    String name,
    GuidelineSource source,
    String url,
    String version,
    List<String> drugs,
    List<String> genes,
    List<GuidelineRecommendation> recommendations) {

  public Guideline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    drugs = List.copyOf(drugs);
    genes = List.copyOf(genes);
    recommendations = List.copyOf(recommendations);
  }
}
