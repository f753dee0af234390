package org.gms.genomics.cancer.oncogenicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicEvidence;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.CivicMatch;
import org.gms.genomics.cancer.knowledge.CivicVariant;
import org.gms.genomics.cancer.knowledge.GeneRoles;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.knowledge.MatchKind;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OP2 (Horak et al. 2022, Table 2: a somatic variant in the gene of a malignancy with a single
 * genetic aetiology; the paper's example retinoblastoma, RB1) and SBS2 (well-established functional
 * studies show no oncogenic effect: CIViC functional evidence of unaltered function).
 */
class SingleAetiologyAndNeutralFunctionTest {

  private static final OncogenicityAssessor ASSESSOR =
      new OncogenicityAssessor(GeneRoles.bundled(), Hotspots.none(), CivicKnowledge.bundled());

  @ParameterizedTest(name = "{0} {1} ({2}) in {3} -> {4}")
  @CsvSource({
    // gene | protein | class | tumour type | expected codes
    "RB1, R320*, NONSENSE, RBL, OVS1 OP2",
    "RB1, R661W, MISSENSE, RBL, OP2",
    "RB1, R320*, NONSENSE, BREAST, OVS1",
    "RB1, L199L, SILENT, RBL, SBP2",
    "TP53, R213*, NONSENSE, RBL, OVS1"
  })
  void op2InTheSingleAetiologyMalignancyOnly(
      String gene, String protein, VariantClass c, String type, String codes) {
    SomaticVariant v = variant(gene, protein, c);
    List<String> got =
        ASSESSOR.assess(v, List.of(), TumourTypes.bundled().resolve(type)).stream()
            .map(e -> e.code().name())
            .toList();
    assertThat(got).containsExactlyInAnyOrder(codes.split(" "));
    assertThat(ASSESSOR.assess(v, List.of()).stream().map(e -> e.code().name()))
        .as("without a tumour type OP2 is not assessed")
        .doesNotContain("OP2");
  }

  @ParameterizedTest(name = "CIViC functional {0}, {1} -> {2}")
  @CsvSource({
    // significance | direction | expected codes (a missense of no known gene role)
    "Unaltered Function, Supports, SBS2",
    "Unaltered Function, Does Not Support, ''",
    "Loss of Function, Supports, OS2",
    "Gain of Function, Supports, OS2"
  })
  void sbs2FromFunctionalEvidenceOfUnalteredFunction(
      String significance, String direction, String codes) {
    SomaticVariant v = variant("BRCA2", "D2723H", VariantClass.MISSENSE);
    CivicEvidence e =
        new CivicEvidence(
            1,
            1,
            "BRCA2 D2723H",
            "Cancer",
            "162",
            List.of(),
            "",
            "Functional",
            direction,
            "D",
            significance,
            "a functional study",
            "1",
            "PubMed",
            3,
            "Somatic",
            false);
    CivicMatch m =
        new CivicMatch(
            new CivicVariant(1, "BRCA2", "D2723H", "", 0, 0, "", "", List.of(), List.of()),
            MatchKind.EXACT,
            List.of(e));
    List<String> got =
        ASSESSOR.assess(v, List.of(m), null).stream().map(x -> x.code().name()).toList();
    assertThat(got).containsExactlyInAnyOrder(codes.isEmpty() ? new String[0] : codes.split(" "));
  }

  private static SomaticVariant variant(String gene, String protein, VariantClass c) {
    return TestVariants.variant(gene, "13", 100, "C", "T", c, protein, Double.NaN);
  }
}
