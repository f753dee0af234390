package org.gms.server.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored pharmacogenomic result of a patient: one analysis of one sample.
 *
 * @param id the result's identifier
 * @param nhsNumber whose result it is
 * @param recordedAt when it was stored; the latest is the current result
 * @param recordedBy who stored it
 * @param sample the sample's name in the VCF
 * @param dataVersions the versions of the allele definitions, phenotype tables and guidelines used
 * @param genes per gene, the call and phenotype (all genes, or those asked for)
 * @param recommendations the recommendations that apply (all, or for the drugs asked for)
 * @param messages what limited the analysis, for people
 */
public record PgxResult(
    long id,
    NhsNumber nhsNumber,
    Instant recordedAt,
    String recordedBy,
    String sample,
    Map<String, String> dataVersions,
    List<PgxGeneResult> genes,
    List<PgxRecommendation> recommendations,
    List<String> messages) {

  public PgxResult {
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    Objects.requireNonNull(recordedAt, "recordedAt");
    dataVersions = Map.copyOf(dataVersions);
    genes = List.copyOf(genes);
    recommendations = List.copyOf(recommendations);
    messages = List.copyOf(messages);
  }

  public Optional<PgxGeneResult> gene(String symbol) {
    return genes.stream().filter(g -> g.gene().equals(symbol)).findFirst();
  }
}
