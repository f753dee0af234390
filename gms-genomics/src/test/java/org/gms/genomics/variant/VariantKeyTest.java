package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gms.genomics.SharedReference;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One key per variant however a VCF writes it: the same deletion written at two places in the BRCA1
 * poly-A run (bcftools norm puts both at 43050444, see {@link VariantNormaliserTest}) has one key;
 * builds never share a key.
 */
class VariantKeyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case,                    written POS, REF,  ALT,  key
    "poly-A deletion at its end, 43050453, AA,   A,    GRCh38:17:43050445:A:-",
    "same deletion mid-run,      43050447, AA,   A,    GRCh38:17:43050445:A:-",
    "poly-A insertion,           43050454, A,    AA,   GRCh38:17:43050445:-:A",
    "SNV,                        43045712, G,    A,    GRCh38:17:43045712:G:A",
    "padded MNV,                 43045712, GCT,  GAT,  GRCh38:17:43045713:C:A",
  })
  void keysComeFromTheNormalisedAllele(String name, long pos, String ref, String alt, String key) {
    ReferenceGenome brca1Region =
        ReferenceGenome.fromFasta(
            SharedReference.path("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa"));
    VariantKey made =
        VariantKey.of(
            GenomeBuild.GRCh38,
            SequenceVariant.of("chr17", pos, ref, alt),
            VariantNormaliser.using(brca1Region));

    assertThat(made).hasToString(key);
    assertThat(VariantKey.parse(key)).isEqualTo(made);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GRCh38:17:100:G            | build:contig:position:ref:alt",
        "GRCh39:17:100:G:A          | Unknown genome build 'GRCh39'",
        "GRCh38:17:x:G:A            | Position 'x'",
        "GRCh38:17:0:G:A            | 1-based",
        "GRCh38:17:100:GA:GT        | normalise the variant first",
        "GRCh38:17:100:G:G          | the same",
        "GRCh38:17:100:G:<DEL>      | DNA bases",
      })
  void malformedKeysSayWhatIsWrong(String text, String message) {
    assertThatThrownBy(() -> VariantKey.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource({"chr17, 17", "CHRX, X", "chrM, MT"})
  void buildsAndContigSpellingsAreKeptApartOrJoined(String written, String canonical) {
    VariantKey grch38 = new VariantKey(GenomeBuild.GRCh38, written, 100, "G", "A");
    VariantKey grch37 = new VariantKey(GenomeBuild.GRCh37, written, 100, "G", "A");

    assertThat(grch38.contig()).isEqualTo(canonical);
    assertThat(grch38).isEqualTo(new VariantKey(GenomeBuild.GRCh38, canonical, 100, "G", "A"));
    assertThat(grch38).isNotEqualTo(grch37);
  }

  @ParameterizedTest
  @CsvSource({
    // key,                        SPDI (NCBI Variation Services form)
    "GRCh38:2:47838939:AG:-,  NC_000002.12:47838938:AG:",
    "GRCh37:17:41245466:G:A,  NC_000017.10:41245465:G:A",
    "GRCh38:X:100:-:T,        NC_000023.11:99::T",
    "GRCh38:MT:3243:A:G,      NC_012920.1:3242:A:G",
  })
  void spdiUsesTheBuildsRefSeqAccessionAndAZeroBasedPosition(String key, String spdi) {
    assertThat(VariantKey.parse(key).spdi()).contains(spdi);
  }

  @ParameterizedTest
  @CsvSource({"GRCh38:GL000220.1:100:G:A", "GRCh38:25:100:G:A"})
  void contigsWithoutAChromosomeAccessionHaveNoSpdi(String key) {
    assertThat(VariantKey.parse(key).spdi()).isEmpty();
  }
}
