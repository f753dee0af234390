package org.gms.genomics.pgx.phenotype;

import java.util.Collection;
import org.gms.genomics.pgx.diplotype.Diplotype;

/** Translates a gene's diplotypes into phenotypes by one source's rules. Thread-safe. */
public interface GenePhenotyper {

  GuidelineSource source();

  PhenotypeCall translate(Diplotype diplotype);

  /**
   * Table lookup: each allele's function from the function table, the diplotype's phenotype,
   * activity score and lookup key from the diplotype table. A haplotype of several alleles counts
   * as its lowest-function allele.
   */
  static GenePhenotyper table(PhenotypeTable table) {
    return new TablePhenotyper(table);
  }

  /**
   * Carrier status (HLA): for each allele the guidelines ask about, "positive" when either
   * haplotype is that allele; "negative" only for alleles the guidelines have a negative key for.
   *
   * @param guidelineKeys the gene's lookup keys in the guidelines, such as {@code *57:01 positive}
   */
  static GenePhenotyper carrierStatus(GuidelineSource source, Collection<String> guidelineKeys) {
    return new CarrierStatusPhenotyper(source, guidelineKeys);
  }
}
