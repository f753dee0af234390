package org.gms.server.research.internal;

import org.springframework.test.context.TestPropertySource;

/** The sub-cohort allele frequency test with the genotypes in the population store's files. */
@TestPropertySource(properties = "gms.research.store=parquet")
class ParquetGeneFrequenciesApiTest extends GeneFrequenciesApiTest {}
