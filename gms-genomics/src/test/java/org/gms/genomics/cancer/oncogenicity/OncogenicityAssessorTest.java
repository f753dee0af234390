package org.gms.genomics.cancer.oncogenicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.GeneRoles;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codes assigned to real variants with the bundled CIViC and IntOGen and the shared hotspots.
 */
class OncogenicityAssessorTest {

  @ParameterizedTest(name = "{0} {1} ({2}, AF {3}) -> {4}")
  @CsvSource({
    // gene | protein | class | population AF (NaN: no column) | expected codes
    "BRAF, V600E, MISSENSE, 0, OS1 OS3 OP4",
    "KRAS, G12D, MISSENSE, NaN, OS1 OS3",
    "TP53, R213*, NONSENSE, 0, OVS1 OP4",
    "TP53, P72R, MISSENSE, 0.6, SBVS1",
    "PIK3CA, E545K, MISSENSE, 0, OS3 OP4",
    "APC, E1309fs, FRAMESHIFT_DELETION, NaN, OVS1",
    "EGFR, E746_A750del, INFRAME_DELETION, NaN, OM2",
    "TTN, A100V, MISSENSE, 0.02, SBS1",
    "KRAS, G12G, SILENT, NaN, SBP2"
  })
  void realVariantsGetTheCodesTheirEvidenceSupports(
      String gene, String protein, VariantClass c, double af, String codes) {
    Hotspots hotspots =
        Hotspots.read(
            SharedReference.path("cancer/hotspots/cancerhotspots_v2_multi_type_residue.txt"));
    CivicKnowledge civic = CivicKnowledge.bundled();
    OncogenicityAssessor assessor = new OncogenicityAssessor(GeneRoles.bundled(), hotspots, civic);
    SomaticVariant v =
        TestVariants.variant(
            gene,
            "1",
            100,
            "A",
            c.truncating() && c != VariantClass.NONSENSE ? "" : "T",
            c,
            protein,
            af);
    List<String> got =
        assessor.assess(v, civic.match(v, "")).stream().map(e -> e.code().name()).sorted().toList();
    assertThat(got).containsExactlyInAnyOrder(codes.split(" "));
  }
}
