package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The consent model test (every answer follows the patients' current decisions, small counts are
 * booleans) with the genotypes in the population store's Parquet files instead of PostgreSQL.
 */
@TestPropertySource(properties = "gms.research.store=parquet")
class ParquetBeaconConsentModelTest extends BeaconConsentModelTest {

  @Autowired GenotypeIndex index;

  @Test
  void theParquetStoreAnswers() {
    assertThat(index).isInstanceOf(ParquetGenotypes.class);
  }
}
