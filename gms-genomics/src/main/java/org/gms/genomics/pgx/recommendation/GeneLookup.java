package org.gms.genomics.pgx.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One possible reading of a patient's gene for recommendation lookup: a diplotype with the keys it
 * is looked up by. A gene with tied diplotypes has several.
 *
 * @param gene the gene symbol
 * @param diplotype the diplotype name, or null when the gene has no result
 * @param lookupKeys the phenotype or activity-score keys ({@code No Result} when not called)
 * @param alleleCounts the diplotype as allele copies, for genotype-specific recommendations
 */
public record GeneLookup(
    String gene, String diplotype, List<String> lookupKeys, Map<String, Integer> alleleCounts) {

  /** The key guidelines use for a gene that was not tested or could not be called. */
  public static final String NO_RESULT = "No Result";

  public GeneLookup {
    Objects.requireNonNull(gene, "gene");
    lookupKeys = List.copyOf(lookupKeys);
    alleleCounts = Map.copyOf(alleleCounts);
  }

  public static GeneLookup noResult(String gene) {
    return new GeneLookup(gene, null, List.of(NO_RESULT), Map.of());
  }

  public boolean isNoResult() {
    return diplotype == null;
  }
}
