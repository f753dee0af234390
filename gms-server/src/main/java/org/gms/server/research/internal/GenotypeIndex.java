package org.gms.server.research.internal;

import java.util.List;
import java.util.Set;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchGenotypes;

/**
 * The research genotype store as Beacon reads it: the variants of a query that consented patients
 * carry. Two implementations, chosen by {@code gms.research.store}: {@code postgresql} (the
 * default: PostgreSQL tables and an in-memory copy) and {@code parquet} (the population store's
 * Parquet files queried with DuckDB).
 */
interface GenotypeIndex extends ResearchGenotypes {

  /** A matched variant with its consented heterozygous and homozygous carriers. */
  record Match(VariantKey key, int het, int hom) {}

  /**
   * What a query found.
   *
   * @param carriers distinct consented individuals carrying any matched variant
   * @param consented consented individuals with genotypes in the store (allele numbers)
   * @param version the store's version the answer was read at
   */
  record Found(List<Match> matches, int carriers, int consented, long version) {

    public Found {
      matches = List.copyOf(matches);
    }
  }

  /** The variants overlapping the query (or its exact variant) with consented carriers. */
  Found find(VariantQuery query, Set<NhsNumber> consented);

  /** The sources loaded so far, for catching up on the ones missed. */
  Set<String> loadedSources();

  /** Whether the source's genotypes are loaded. */
  boolean isLoaded(String source);
}
