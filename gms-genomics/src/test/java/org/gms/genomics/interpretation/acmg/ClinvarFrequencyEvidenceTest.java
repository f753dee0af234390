package org.gms.genomics.interpretation.acmg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.SharedReference;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.junit.jupiter.api.Test;

/**
 * The frequency criteria against ClinVar's reviewed classifications (GRCh38, 18 hereditary-cancer
 * genes, 2026-02-26; two stars or more): ExAC allele frequencies in the ClinVar VCF (AF_EXAC;
 * absent from ExAC when the key is missing) through BA1, BS1 and PM2 at their defaults. Pathogenic
 * variants must practically never get benign frequency evidence; benign ones often do.
 */
class ClinvarFrequencyEvidenceTest {

  private static final Set<String> REVIEWED =
      Set.of(
          "criteria_provided,_multiple_submitters,_no_conflicts",
          "reviewed_by_expert_panel",
          "practice_guideline");

  private enum Truth {
    PATHOGENIC,
    BENIGN
  }

  @Test
  void benignFrequencyEvidenceSparesReviewedPathogenicVariants() {
    EvidenceAssessor assessor = EvidenceAssessor.withDefaults();
    Map<Truth, Map<String, Integer>> counts = new EnumMap<>(Truth.class);
    try (VcfReader reader =
        VcfReader.open(SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz"))) {
      for (VcfRecord record : reader) {
        Truth truth = truth(record);
        if (truth == null) {
          continue;
        }
        PopulationFrequency frequency =
            record.info("AF_EXAC").isPresent()
                ? PopulationFrequency.of("ExAC", Double.parseDouble(record.info("AF_EXAC").get()))
                : PopulationFrequency.absentFrom("ExAC");
        VariantFacts facts = VariantFacts.builder("missense_variant").frequency(frequency).build();
        Map<String, Integer> byCode = counts.computeIfAbsent(truth, t -> new java.util.TreeMap<>());
        byCode.merge("variants", 1, Integer::sum);
        for (Evidence evidence : assessor.assess(facts).evidence()) {
          byCode.merge(evidence.code().name(), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> pathogenic = counts.get(Truth.PATHOGENIC);
    Map<String, Integer> benign = counts.get(Truth.BENIGN);
    System.out.println("ClinVar >=2 stars, P/LP: " + pathogenic + "; B/LB: " + benign);

    assertThat(pathogenic.get("variants")).isGreaterThan(1000);
    assertThat(benign.get("variants")).isGreaterThan(1000);
    assertThat(pathogenic.getOrDefault("BA1", 0)).isZero();
    assertThat(pathogenic.getOrDefault("BS1", 0)).isLessThan(pathogenic.get("variants") / 200);
    assertThat(rate(benign, "BA1") + rate(benign, "BS1")).isGreaterThan(rate(pathogenic, "BS1"));
    assertThat(rate(pathogenic, "PM2")).isGreaterThan(rate(benign, "PM2"));
  }

  private static double rate(Map<String, Integer> counts, String code) {
    return (double) counts.getOrDefault(code, 0) / counts.get("variants");
  }

  private static Truth truth(VcfRecord record) {
    String status = record.info("CLNREVSTAT").orElse("");
    if (!REVIEWED.contains(status)) {
      return null;
    }
    String significance = record.info("CLNSIG").orElse("");
    return switch (significance) {
      case "Pathogenic", "Likely_pathogenic", "Pathogenic/Likely_pathogenic" -> Truth.PATHOGENIC;
      case "Benign", "Likely_benign", "Benign/Likely_benign" -> Truth.BENIGN;
      default -> null;
    };
  }
}
