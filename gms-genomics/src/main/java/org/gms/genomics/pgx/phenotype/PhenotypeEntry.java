package org.gms.genomics.pgx.phenotype;

import java.util.Map;
import java.util.Objects;

/**
 * One row of a diplotype-to-phenotype table.
 *
 * @param diplotype the diplotype as the table writes it
 * @param alleleCounts the diplotype as allele name to copies (order-free)
 * @param phenotype for example {@code Intermediate Metabolizer}
 * @param activityScore the activity score as written (e.g. {@code 1.5}, {@code ≥4.0}), or null
 * @param lookupKey the value guideline recommendations are keyed by (the phenotype or the activity
 *     score)
 */
public record PhenotypeEntry(
    String diplotype,
    Map<String, Integer> alleleCounts,
    String phenotype,
    String activityScore,
    String lookupKey) {

  public PhenotypeEntry {
    Objects.requireNonNull(diplotype, "diplotype");
    alleleCounts = Map.copyOf(alleleCounts);
  }
}
