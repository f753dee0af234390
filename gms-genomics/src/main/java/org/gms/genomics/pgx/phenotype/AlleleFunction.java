package org.gms.genomics.pgx.phenotype;

import java.util.Objects;

/**
 * What a named allele does, per a gene's function table.
 *
 * @param allele the allele name
 * @param function for example {@code No function} or {@code Decreased function}
 * @param activityValue the activity value as written (e.g. {@code 0.5}), null when the gene uses
 *     none
 */
public record AlleleFunction(String allele, String function, String activityValue) {

  public AlleleFunction {
    Objects.requireNonNull(allele, "allele");
  }
}
