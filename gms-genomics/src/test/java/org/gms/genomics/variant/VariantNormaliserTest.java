package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Left-alignment in real repeats of the GRCh38 BRCA1 region (the shared FASTA piece {@code
 * 17:42425000-43600000}). Expected results are the output of {@code bcftools norm -f} (bcftools
 * 1.16) on the same inputs, in VCF (padded) form.
 */
class VariantNormaliserTest {

  private static ReferenceGenome brca1Region;

  @BeforeAll
  static void reference() {
    brca1Region =
        ReferenceGenome.fromFasta(
            SharedReference.path("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case,                 written POS, REF,  ALT,   bcftools norm POS, REF,  ALT
    "poly-A run deletion,     43050453, AA,   A,     43050444, TA,   T",
    "poly-A run insertion,    43050454, A,    AA,    43050444, T,    TA",
    "poly-A 3-base deletion,  43050451, AAAA, A,     43050444, TAAA, T",
    "poly-A mid-run deletion, 43050447, AAA,  A,     43050444, TAA,  T",
    "CA repeat deletion,      43058396, ACA,  A,     43058379, AAC,  A",
    "CA repeat insertion,     43058398, A,    ACACA, 43058379, A,    AACAC",
    "AAT repeat deletion,     43076100, AAAT, A,     43076091, AAAT, A",
    "AAT repeat insertion,    43076103, T,    TAAT,  43076091, A,    AAAT",
    "poly-T run deletion,     43044822, TT,   T,     43044804, CT,   C",
  })
  void shiftsIndelsInRepeatsToTheirLeftmostPositionLikeBcftoolsNorm(
      String name,
      long pos,
      String ref,
      String alt,
      long expectedPos,
      String expectedRef,
      String expectedAlt) {
    VariantNormaliser normaliser = VariantNormaliser.using(brca1Region);
    NormalisedVariant result = normaliser.normalise(SequenceVariant.of("17", pos, ref, alt));

    assertThat(result.status()).isEqualTo(NormalisationStatus.LEFT_ALIGNED);
    assertThat(normaliser.padded(result.variant()))
        .contains(SequenceVariant.of("17", expectedPos, expectedRef, expectedAlt));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case,                            POS, REF, ALT, expected POS, REF, ALT, status
    "SNV stays,                          100, C,   T,    100, C,  T,  UNCHANGED",
    "MNV with shared flanks trims to SNV,100, CAT, CGT,  101, A,  G,  TRIMMED",
    "shared suffix trimmed first,        100, CAA, CA,   101, A,  '', REFERENCE_UNAVAILABLE",
    "delins keeps both alleles,          100, CTG, CA,   101, TG, A,  TRIMMED",
  })
  void trimsWithoutAReferenceAndFlagsIndelsItCannotPlace(
      String name,
      long pos,
      String ref,
      String alt,
      long expectedPos,
      String expectedRef,
      String expectedAlt,
      NormalisationStatus status) {
    NormalisedVariant result =
        VariantNormaliser.using(ReferenceGenome.none())
            .normalise(SequenceVariant.of("1", pos, ref, alt));

    assertThat(result.variant())
        .isEqualTo(SequenceVariant.of("1", expectedPos, expectedRef, expectedAlt));
    assertThat(result.status()).isEqualTo(status);
    assertThat(result.leftmostVerified())
        .isEqualTo(status != NormalisationStatus.REFERENCE_UNAVAILABLE);
  }

  @Test
  void mnvShiftedByBcftoolsToItsSingleChangedBase() {
    // bcftools norm: 17:43050440 ACT>AGT? written as the real bases, becomes 43050441 T>G
    String bases = brca1Region.bases("17", 43050440, 43050442).orElseThrow();
    String alt = bases.charAt(0) + "G" + bases.charAt(2);
    NormalisedVariant result =
        VariantNormaliser.using(brca1Region)
            .normalise(SequenceVariant.of("17", 43050440, bases, alt));
    assertThat(result.variant()).isEqualTo(SequenceVariant.of("17", 43050441, "T", "G"));
  }

  @Test
  void anIndelAtTheEdgeOfTheReferencePieceIsFlaggedNotGuessed() {
    NormalisedVariant result =
        VariantNormaliser.using(brca1Region).normalise(SequenceVariant.of("17", 42425000, "A", ""));
    assertThat(result.status()).isEqualTo(NormalisationStatus.REFERENCE_UNAVAILABLE);
    assertThat(result.variant().position()).isEqualTo(42425000);
  }

  /**
   * ClinVar's GRCh38 VCF is already normalised (bcftools norm realigns 0 of its 14,998 records in
   * this region and finds no REF mismatch). Every indel, moved to its rightmost equivalent
   * position, must come back to ClinVar's position.
   */
  @Test
  void rightShiftedClinVarIndelsComeBackToClinVarsPosition() {
    VariantNormaliser normaliser = VariantNormaliser.using(brca1Region);
    VcfReadOptions options =
        VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh38).withReference(brca1Region);
    List<String> failures = new ArrayList<>();
    int indels = 0;
    int moved = 0;
    try (VcfReader reader =
        VcfReader.open(
            SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz"), options)) {
      for (VcfRecord record : reader) {
        if (!record.contig().equals("17")
            || !brca1Region.covers("17", record.position() - 200, record.end() + 200)) {
          continue;
        }
        for (RecordAllele allele : record.alleles()) {
          SequenceVariant original = allele.variant().orElse(null);
          if (original == null) {
            continue;
          }
          NormalisedVariant asIs = normaliser.normalise(original);
          if (!asIs.isInsertion() && !asIs.isDeletion()) {
            continue; // SNVs, MNVs and delins do not shift
          }
          indels++;
          SequenceVariant rightmost = shiftRight(asIs.variant());
          moved += rightmost.equals(asIs.variant()) ? 0 : 1;
          NormalisedVariant back = normaliser.normalise(rightmost);
          if (asIs.status() == NormalisationStatus.LEFT_ALIGNED
              || !back.variant().equals(asIs.variant())
              || !normaliser.padded(back.variant()).orElseThrow().equals(original)) {
            failures.add(record + " -> " + back);
          }
        }
      }
    }
    assertThat(indels).isGreaterThan(3000);
    assertThat(moved).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  private static SequenceVariant shiftRight(SequenceVariant trimmed) {
    boolean deletion = trimmed.alt().isEmpty();
    StringBuilder indel = new StringBuilder(deletion ? trimmed.ref() : trimmed.alt());
    long start = trimmed.position();
    while (true) {
      long after = deletion ? start + indel.length() : start;
      char next = brca1Region.bases("17", after, after).orElseThrow().charAt(0);
      if (next != indel.charAt(0)) {
        break;
      }
      indel.deleteCharAt(0).append(next);
      start++;
    }
    String s = indel.toString();
    return SequenceVariant.of("17", start, deletion ? s : "", deletion ? "" : s);
  }
}
