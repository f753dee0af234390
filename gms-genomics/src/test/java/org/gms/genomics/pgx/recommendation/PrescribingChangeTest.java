package org.gms.genomics.pgx.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.pgx.PgxKnowledge;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The prescribing-change flags are read from the ClinPGx guideline annotations as published: the
 * CPIC clopidogrel/CYP2C19 recommendations for the general cardiovascular population (ACS/PCI).
 */
class PrescribingChangeTest {

  @ParameterizedTest(name = "clopidogrel, CYP2C19 {0}: dosing {1}, another drug {2}, other {3}")
  @CsvSource({
    "Poor Metabolizer, false, true, false",
    "Intermediate Metabolizer, false, true, false",
    "Normal Metabolizer, false, false, false",
    "Ultrarapid Metabolizer, false, false, false"
  })
  void clopidogrelForAcsAndPci(
      String phenotype, boolean dosing, boolean alternateDrug, boolean otherGuidance) {
    GuidelineRecommendation rec =
        PgxKnowledge.bundled().guidelines().stream()
            .filter(g -> g.source() == GuidelineSource.CPIC && g.drugs().contains("clopidogrel"))
            .flatMap(g -> g.recommendations().stream())
            .filter(r -> "CVI ACS PCI".equals(r.population()))
            .filter(r -> phenotype.equals(r.phenotypeKeys().get("CYP2C19")))
            .findFirst()
            .orElseThrow();
    assertThat(rec.change()).isEqualTo(new PrescribingChange(dosing, alternateDrug, otherGuidance));
    assertThat(rec.change().actionable()).isEqualTo(dosing || alternateDrug || otherGuidance);
  }
}
