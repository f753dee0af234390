package org.gms.genomics.cancer.oncogenicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.GeneRoles;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OM1 (Horak et al. 2022, Table 2: located in a critical and well-established part of a functional
 * domain) from the critical domains of the bundled CIViC release, as a table: variants inside and
 * outside the domains, of the classes OM1 speaks to and of others, and its caveats with the hotspot
 * codes (not with OS3; OM3 and OP3 not where OM1 holds). The bundled release holds no change in a
 * critical domain that OS1 establishes, so OM1's exclusion by OS1 is not in this table.
 */
class CriticalDomainCodeTest {

  private static final CivicKnowledge CIVIC = CivicKnowledge.bundled();

  @ParameterizedTest(name = "{0} {1} {2} (build {3}, hotspots {4}) -> OM1 {5}, also {6}")
  @CsvSource({
    // gene | protein | class | build | hotspots loaded | OM1 domain VID (0: no OM1) | codes present
    // | codes absent
    "TP53, V216M, MISSENSE, GRCh38, false, 242, '', ''",
    "TP53, Y163C, MISSENSE, GRCh38, false, 242, '', ''",
    "TP53, E258del, INFRAME_DELETION, GRCh38, false, 242, OM2, ''",
    "TP53, V143A, MISSENSE, GRCh38, false, 0, '', ''",
    "TP53, N288K, MISSENSE, GRCh38, false, 0, '', ''",
    "TP53, V216fs, FRAMESHIFT_DELETION, GRCh38, false, 0, OVS1, ''",
    "TP53, V216V, SILENT, GRCh38, false, 0, SBP2, ''",
    "FLT3, N841I, MISSENSE, GRCh38, false, 56, '', ''",
    "FLT3, D600N, MISSENSE, GRCh38, false, 0, '', ''",
    "STAT3, Y640F, MISSENSE, GRCh38, false, 411, '', ''",
    "STAT3, R382W, MISSENSE, GRCh38, false, 0, '', ''",
    "PML, L217F, MISSENSE, GRCh38, false, 461, '', ''",
    "PML, A219V, MISSENSE, GRCh38, false, 0, '', ''",
    // ERBB2's kinase domain holds case reports (level C) only: not critical by this release
    "ERBB2, L785F, MISSENSE, GRCh38, false, 0, '', ''",
    // a gene without a domain variant
    "KRAS, A59T, MISSENSE, GRCh38, false, 0, '', ''",
    // hotspot residue with < 10 of the same change: OM1 replaces OP3
    "TP53, G245A, MISSENSE, GRCh38, true, 242, '', OP3",
    // a hotspot residue with < 10 of the same change outside any domain keeps OP3
    "PIK3CA, E545D, MISSENSE, GRCh38, true, 0, OP3, ''",
    // OS3 hotspot: no OM1
    "TP53, Y220C, MISSENSE, GRCh38, true, 0, OS3, ''",
    // CIViC's D835 evidence is codon-level (no OS1): OM1 from the kinase domain
    "FLT3, D835Y, MISSENSE, GRCh38, false, 56, '', OS1"
  })
  void om1ForMissenseAndInFrameChangesInsideCriticalDomains(
      String gene,
      String protein,
      VariantClass c,
      String build,
      boolean withHotspots,
      int domainVariant,
      String present,
      String absent) {
    List<OncogenicityEvidence> codes = assess(gene, protein, c, "17", 1, build, withHotspots);
    Optional<OncogenicityEvidence> om1 =
        codes.stream().filter(e -> e.code() == OncogenicityCode.OM1).findFirst();
    if (domainVariant == 0) {
      assertThat(om1).as(codes.toString()).isEmpty();
    } else {
      assertThat(om1).as(codes.toString()).isPresent();
      assertThat(om1.get().points()).isEqualTo(2);
      assertThat(om1.get().reason()).contains("CIViC VID" + domainVariant).contains(gene + " ");
    }
    List<String> names = codes.stream().map(e -> e.code().name()).toList();
    for (String code : present.isBlank() ? new String[0] : present.split(" ")) {
      assertThat(names).contains(code);
    }
    for (String code : absent.isBlank() ? new String[0] : absent.split(" ")) {
      assertThat(names).doesNotContain(code);
    }
  }

  @ParameterizedTest(name = "{0}:{1} missense without a protein change, {2} -> OM1 {3}")
  @CsvSource({
    // CIViC's coordinates are GRCh37: a GRCh37 position inside TP53's DNA binding domain range
    "17, 7577500, GRCh37, true",
    "17, 7577149, GRCh37, true",
    "17, 7577148, GRCh37, false",
    "17, 7578444, GRCh37, false",
    // the same numbers on GRCh38 are another place: never placed by position
    "17, 7577500, GRCh38, false",
    "17, 7577500, '', false"
  })
  void withoutAProteinChangeOnlyGrch37PositionsPlaceAVariant(
      String chromosome, long position, String build, boolean om1) {
    List<OncogenicityEvidence> codes =
        assess("TP53", "", VariantClass.MISSENSE, chromosome, position, build, false);
    assertThat(codes.stream().anyMatch(e -> e.code() == OncogenicityCode.OM1))
        .as(codes.toString())
        .isEqualTo(om1);
  }

  private static List<OncogenicityEvidence> assess(
      String gene,
      String protein,
      VariantClass c,
      String chromosome,
      long position,
      String build,
      boolean withHotspots) {
    Hotspots hotspots =
        withHotspots
            ? Hotspots.read(
                SharedReference.path("cancer/hotspots/cancerhotspots_v2_multi_type_residue.txt"))
            : Hotspots.none();
    OncogenicityAssessor assessor = new OncogenicityAssessor(GeneRoles.bundled(), hotspots, CIVIC);
    SomaticVariant v =
        TestVariants.variant(
            gene,
            chromosome,
            position,
            "A",
            c.truncating() || c == VariantClass.INFRAME_DELETION ? "" : "T",
            c,
            protein,
            Double.NaN);
    return assessor.assess(v, CIVIC.match(v, build), null, build);
  }
}
