package org.gms.server.record;

import java.util.List;
import java.util.Objects;

/**
 * One gene of a stored pharmacogenomic result.
 *
 * @param gene the gene symbol
 * @param callable whether the gene has diplotypes
 * @param status how it was called, or why not ({@code CALLED}, {@code OUTSIDE_CALL}, ...)
 * @param reason why it was not called, or null
 * @param diplotypes every top diplotype, each {@code A/B}; several when the data cannot tell them
 *     apart
 * @param phenotype the phenotype when every diplotype has the same one, else null
 * @param activityScore the activity score when every diplotype has the same one, else null
 * @param missingPositions the defined positions the VCF had no call for
 */
public record PgxGeneResult(
    String gene,
    boolean callable,
    String status,
    String reason,
    List<String> diplotypes,
    String phenotype,
    String activityScore,
    List<Position> missingPositions) {

  public PgxGeneResult {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(status, "status");
    diplotypes = List.copyOf(diplotypes);
    missingPositions = List.copyOf(missingPositions);
  }

  /**
   * A defined position (GRCh38).
   *
   * @param chromosome e.g. {@code chr10}
   * @param position 1-based
   * @param rsid the dbSNP id, or null
   */
  public record Position(String chromosome, long position, String rsid) {
    public Position {
      Objects.requireNonNull(chromosome, "chromosome");
    }
  }
}
