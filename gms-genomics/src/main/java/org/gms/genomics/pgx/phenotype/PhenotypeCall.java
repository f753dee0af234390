package org.gms.genomics.pgx.phenotype;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one diplotype means according to one source's tables.
 *
 * @param source whose tables were used
 * @param alleles each haplotype's function, in the diplotype's order; for a haplotype of several
 *     alleles (DPYD, phased), the lowest-function one's function under the haplotype's name
 * @param alleleCounts the diplotype as allele name to copies, as recommendations keyed by diplotype
 *     need it
 * @param phenotype the phenotype, or null when the tables assign none
 * @param activityScore the activity score as written, or null
 * @param lookupKeys the keys recommendations are looked up by (one for most genes, several for HLA
 *     carrier status); empty when the tables assign none
 */
public record PhenotypeCall(
    GuidelineSource source,
    List<AlleleFunction> alleles,
    Map<String, Integer> alleleCounts,
    String phenotype,
    String activityScore,
    List<String> lookupKeys) {

  public PhenotypeCall {
    Objects.requireNonNull(source, "source");
    alleles = List.copyOf(alleles);
    alleleCounts = Map.copyOf(alleleCounts);
    lookupKeys = List.copyOf(lookupKeys);
  }

  public boolean known() {
    return !lookupKeys.isEmpty();
  }
}
