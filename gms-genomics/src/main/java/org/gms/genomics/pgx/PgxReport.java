package org.gms.genomics.pgx;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gms.genomics.pgx.recommendation.DrugRecommendation;

/**
 * A sample's pharmacogenomic result: every gene (called or not, with the reason), and the CPIC and
 * DPWG recommendations that apply.
 *
 * @param sample the sample identifier
 * @param input where the genotypes came from (the VCF path), or null
 * @param dataVersions the versions of the definitions, phenotype tables and guidelines used
 * @param genes one report per gene, by gene symbol
 * @param recommendations the recommendations that apply, by drug
 * @param messages for people: input warnings and what could not be looked up
 */
public record PgxReport(
    String sample,
    String input,
    Map<String, String> dataVersions,
    List<GeneReport> genes,
    List<DrugRecommendation> recommendations,
    List<String> messages) {

  public PgxReport {
    Objects.requireNonNull(sample, "sample");
    dataVersions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dataVersions));
    genes = List.copyOf(genes);
    recommendations = List.copyOf(recommendations);
    messages = List.copyOf(messages);
  }

  public Optional<GeneReport> gene(String symbol) {
    return genes.stream().filter(g -> g.gene().equals(symbol)).findFirst();
  }
}
