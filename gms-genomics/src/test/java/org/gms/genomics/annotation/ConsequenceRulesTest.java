package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sequence Ontology consequence terms on real transcripts. BRCA1 (ENST00000357654) is on the minus
 * strand; NFIX, LDLR, MYO7A and the other plus-strand genes come from the CellBase set.
 */
class ConsequenceRulesTest {

  /** ClinVar's own molecular consequence (MC) of each record is the expected term. */
  @ParameterizedTest(name = "ClinVar {5}: {0}:{1} {2}>{3} is {4}")
  @CsvSource({
    "17, 43051088, A,    T,    stop_gained,             55514 (nonsense, expert panel)",
    "17, 43106487, A,    C,    missense_variant,        17661 (c.181T>G, Cys61Gly)",
    "17, 43093449, G,    A,    synonymous_variant,      125536 (c.2082C>T, Ser694=)",
    "17, 43124027, ACT,  A,    frameshift_variant,      17662 (c.68_69del)",
    "17, 43071198, AGAG, A,    inframe_deletion,        3825323",
    "17, 43082533, C,    CCCT, inframe_insertion,       4082358",
    "17, 43047641, A,    G,    splice_donor_variant,    125851",
    "17, 43045803, C,    T,    splice_acceptor_variant, 125856",
    "17, 43124096, T,    C,    start_lost,              54432 (initiator codon)",
    "17, 43045678, T,    C,    stop_lost,               1506762",
    "17, 43124097, T,    C,    5_prime_UTR_variant,     487486",
    "17, 43044315, T,    A,    3_prime_UTR_variant,     438907",
    "17, 43045806, G,    A,    intron_variant,          868959",
  })
  void brca1MostSevereTermIsClinvars(
      String contig, long pos, String ref, String alt, String term, String clinvar) {
    TranscriptAnnotation a = AnnotatorFixture.on("ENST00000357654", contig, pos, ref, alt);
    assertThat(mostSevereBesidesSpliceRegion(a)).isEqualTo(term);
  }

  /** ClinVar has no splice region term; VEP ranks it above synonymous and intron variants. */
  private static String mostSevereBesidesSpliceRegion(TranscriptAnnotation a) {
    return a.consequences().stream()
        .filter(c -> c != Consequence.SPLICE_REGION_VARIANT)
        .findFirst()
        .orElseThrow()
        .term();
  }

  /** Ensembl's HGVS p. of these variants (see HgvsProteinEnsemblTableTest) names the effect. */
  @ParameterizedTest(name = "{4} plus strand: {0}:{1} is {5} (Ensembl {6})")
  @CsvSource({
    "19, 11110721,  A,   G,         ENST00000252444, missense_variant,   p.Glu422Gly",
    "3,  183650359, G,   A,         ENST00000473045, start_lost,         p.Met1?",
    "21, 44637643,  C,   T,         ENST00000380095, stop_gained,        p.Gln76Ter",
    "11, 77179045,  G,   A,         ENST00000409619, synonymous_variant, p.Arg750=",
    "4,  102582930, ,    T,         ENST00000505458, frameshift_variant, p.Ser301PhefsTer7",
    "3,  155116953, TGA, ,          ENST00000492661, inframe_deletion,   p.Asp209del",
    "1,  236747759, ,    AAAAGAGCC, ENST00000542672, inframe_insertion,  p.Lys499_Arg500insLysLysSer",
  })
  void plusStrandCodingTerms(
      String contig, long pos, String ref, String alt, String transcript, String term, String p) {
    assertThat(
            mostSevereBesidesSpliceRegion(AnnotatorFixture.on(transcript, contig, pos, ref, alt)))
        .isEqualTo(term);
  }

  /**
   * Terms by their definitions: splice donor/acceptor = the first/last two intron bases, splice
   * region = 3-8 bases into the intron or 1-3 into the exon, upstream/downstream = within 5 kb of
   * the transcript ends. Positions are read off the models (NFIX ENST00000592199 exon 2 ends at
   * 19:13,025,552 = c.559, exon 3 starts at 13,073,047 = c.560; BRCA1 ENST00000357654 spans
   * 17:43,044,295-43,125,370 and its exon 22 ends, 3', at 43,047,643 = c.5467).
   */
  @ParameterizedTest(name = "{4}: {0}:{1} {2}>{3} is {5}")
  @CsvSource({
    "19, 13025553, G, A, ENST00000592199, splice_donor_variant,                c.559+1",
    "19, 13025557, G, A, ENST00000592199, splice_region_variant|intron_variant, c.559+5",
    "19, 13025561, T, C, ENST00000592199, intron_variant,                      c.559+9",
    "19, 13073046, G, A, ENST00000592199, splice_acceptor_variant,             c.560-1",
    "19, 13073040, C, T, ENST00000592199, splice_region_variant|intron_variant, c.560-7",
    "17, 43047643, C, A, ENST00000357654, missense_variant|splice_region_variant, c.5467 (last exon base; ClinVar 868922 missense)",
    "17, 43047638, C, T, ENST00000357654, splice_region_variant|intron_variant, c.5467+5",
    "17, 43125470, C, T, ENST00000357654, upstream_gene_variant,               100 bp 5' of a minus-strand transcript",
    "17, 43044195, T, C, ENST00000357654, downstream_gene_variant,             100 bp 3' of it",
    "17, 43067284, C, T, ENST00000472490, non_coding_transcript_exon_variant,  retained_intron exon 2",
    "17, 43045679, C, T, ENST00000357654, stop_retained_variant,               TGA to TAA (ClinVar 924118 synonymous)",
  })
  void termsAsDefined(
      String contig,
      long pos,
      String ref,
      String alt,
      String transcript,
      String terms,
      String where) {
    assertThat(AnnotatorFixture.on(transcript, contig, pos, ref, alt).consequences())
        .extracting(Consequence::term)
        .containsExactlyElementsOf(Arrays.asList(terms.split("\\|")));
  }

  @Test
  void deletionOfAWholeTranscriptIsAblation() {
    // ENST00000618469 (BRCA1, 1.3 kb) spans 17:43,124,026-43,125,364; delete 43,124,020-43,125,370
    String ref = TranscriptData.genome().bases("17", 43_124_019, 43_125_370).orElseThrow();
    TranscriptAnnotation a =
        AnnotatorFixture.on("ENST00000618469", "17", 43_124_019, ref, ref.substring(0, 1));
    assertThat(a.consequences()).containsExactly(Consequence.TRANSCRIPT_ABLATION);
  }

  @Test
  void farFromEveryTranscriptIsIntergenic() {
    // 17:42,500,000 lies over 500 kb from the nearest modelled gene (BRCA1)
    List<TranscriptAnnotation> annotations =
        AnnotatorFixture.annotator()
            .annotate(SequenceVariant.of("17", 42_500_000, "C", "T"))
            .annotations();
    assertThat(annotations)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.consequences()).containsExactly(Consequence.INTERGENIC_VARIANT);
              assertThat(a.transcript()).isNull();
            });
  }

  @Test
  void nonsenseMediatedDecayTranscriptsSayso() {
    // C61G also lies in exon 4 of the NMD transcript ENST00000461798
    assertThat(AnnotatorFixture.on("ENST00000461798", "17", 43_106_487, "A", "C").consequences())
        .contains(Consequence.NMD_TRANSCRIPT_VARIANT);
  }
}
