package org.gms.genomics.cancer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gms.genomics.cancer.input.TabularFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The critical domains the bundled CIViC release yields for OM1, and the evidence rule. */
class CriticalDomainsTest {

  @Test
  void theBundledReleaseYieldsItsDomainVariantsWithLevelAOrBEvidence() {
    List<String> got =
        CivicKnowledge.bundled().criticalDomains().all().stream()
            .map(
                d ->
                    d.variant().gene()
                        + " "
                        + d.variant().id()
                        + " "
                        + d.firstResidue()
                        + "-"
                        + d.lastResidue())
            .toList();
    // TP53 DNA binding domain (predictive B), STAT3 SH2 (diagnostic B), FLT3 TKD (predictive B),
    // PML B2 (predictive B); ERBB2's kinase domain (predictive C only) and TP53's "CONSERVED
    // DOMAIN MUT" (prognostic only) are not critical by this rule
    assertThat(got)
        .containsExactly(
            "FLT3 56 610-943", "PML 461 216-218", "STAT3 411 552-770", "TP53 242 163-263");
  }

  @Test
  void everyResidueRowIsADomainVariantOfTheReleaseAtTheCoordinatesItWasDerivedFrom()
      throws IOException {
    Map<Integer, CivicVariant> variants =
        CivicTables.read(
                CivicKnowledge.BUNDLED_RELEASE,
                name ->
                    TabularFile.resource(
                        CivicKnowledge.class,
                        "/org/gms/genomics/cancer/civic/"
                            + CivicKnowledge.BUNDLED_RELEASE
                            + "-"
                            + name
                            + ".tsv.gz"))
            .variants()
            .stream()
            .collect(Collectors.toMap(CivicVariant::id, v -> v));
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TabularFile.resource(CriticalDomains.class, CriticalDomains.RESIDUES)) {
      TabularFile.read(
          in,
          "critical-domain-residues.tsv",
          f -> {},
          (f, row) ->
              rows.add(
                  new String[] {row.get("civic_variant_id"), row.get("gene"), row.get("grch37")}));
    }
    assertThat(rows).hasSize(5);
    for (String[] r : rows) {
      CivicVariant v = variants.get(Integer.parseInt(r[0]));
      assertThat(v).as("CIViC VID" + r[0]).isNotNull();
      assertThat(v.gene()).isEqualTo(r[1]);
      assertThat(v.chromosome() + ":" + v.start() + "-" + v.stop()).isEqualTo(r[2]);
    }
  }

  @ParameterizedTest(name = "{0} {1} level {2} {3} ({4}) -> {5}")
  @CsvSource({
    "Predictive, Supports, A, Sensitivity/Response, Somatic, true",
    "Predictive, Supports, B, Resistance, Somatic, true",
    "Predictive, Supports, C, Sensitivity/Response, Somatic, false",
    "Predictive, Does Not Support, B, Resistance, Somatic, false",
    "Diagnostic, Supports, B, Positive, Somatic, true",
    "Diagnostic, Supports, B, Positive, Germline, false",
    "Prognostic, Supports, B, Poor Outcome, Somatic, false",
    "Oncogenic, Supports, C, Oncogenicity, Somatic, true",
    "Functional, Supports, D, Gain of Function, Somatic, true",
    "Functional, Supports, D, Unaltered Function, Somatic, false"
  })
  void whichEvidenceMakesADomainCritical(
      String type, String direction, String level, String significance, String origin, boolean ok) {
    CivicEvidence e =
        new CivicEvidence(
            1,
            1,
            "X DOMAIN MUTATION",
            "Cancer",
            "162",
            List.of(),
            "",
            type,
            direction,
            level,
            significance,
            "",
            "1",
            "PubMed",
            3,
            origin,
            false);
    assertThat(CriticalDomains.qualifies(e)).isEqualTo(ok);
  }
}
