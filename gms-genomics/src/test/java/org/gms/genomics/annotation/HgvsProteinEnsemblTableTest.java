package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.TranscriptData;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HGVS p. against Ensembl's own descriptions (VEP / Ensembl REST, GRCh38, Ensembl 99 models), as
 * recorded with the variant and transcript in OpenCB CellBase's test suite
 * (cellbase-lib/src/test/java/org/opencb/cellbase/lib/variant/hgvs/HgvsProteinCalculatorTest.java)
 * for transcripts that are part of the shared CellBase models. Variants are written as CellBase
 * writes them: an insertion at POS goes before base POS, a deletion removes bases from POS. Ensembl
 * prints p. without the parentheses of a predicted change; they are compared without.
 */
class HgvsProteinEnsemblTableTest {

  private static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator =
        Annotator.builder(TranscriptData.cellbase())
            .sequences(TranscriptData.cellbaseCdna())
            .genome(TranscriptData.genome())
            .build();
  }

  @ParameterizedTest(name = "{0}:{1} {2}>{3} on {4} ({6}) is {5}")
  @CsvSource({
    // contig, position, ref, alt, transcript, Ensembl p., strand / kind
    "9,  83970290,  ,    TGA,       ENST00000376263, p.Lys411_Gln412insSer,    minus insertion",
    "9,  83970290,  ,    CTA,       ENST00000376263, p.Lys411_Gln412insTer,    minus insertion of a stop",
    "2,  51027601,  ,    CCTCGCCCT, ENST00000636066, p.Glu75_Glu77dup,         minus duplication",
    "17, 18173905,  ,    A,         ENST00000418233, p.Leu757AlafsTer79,       plus frameshift",
    "17, 18166484,  ,    AGCTTCCCCTTTTCCCAGAAG, ENST00000418233, p.Phe568Ter, plus insertion making a stop",
    "1,  236717940, ,    T,         ENST00000542672, p.Lys71Ter,               plus frameshift to stop",
    "4,  102582930, ,    T,         ENST00000505458, p.Ser301PhefsTer7,        plus frameshift",
    "4,  154744350, ,    CTTCATGGAAGAACCC, ENST00000507827, p.Val9PhefsTer23, plus frameshift",
    "19, 11111569,  ,    GGGT,      ENST00000560467, p.Tyr202TrpfsTer7,        plus incomplete 5' end",
    "19, 11111569,  ,    GGGT,      ENST00000252444, p.Tyr460TrpfsTer7,        plus frameshift",
    "16, 2092152,   ,    GTGT,      ENST00000561668, p.Cys8HisfsTer?,          minus no new stop",
    "1,  236747759, ,    AAAAGAGCC, ENST00000542672, p.Lys499_Arg500insLysLysSer, plus in-frame insertion",
    "1,  236747759, ,    AAAAAGAGC, ENST00000542672, p.Lys499_Arg500insLysLysGlu, plus in-frame insertion",
    "19, 11105431,  ,    CTGCGAAGA, ENST00000560467, p.Cys40_Asp42dup,         plus duplication",
    "16, 2092076,   ,    CGTCCC,    ENST00000561668, p.Gly31_Thr32dup,         minus duplication",
    "16, 2092114,   ,    TC,        ENST00000561668, p.Asp20GlyfsTer162,       minus incomplete 5' end",
    "16, 2106127,   ,    T,         ENST00000487932, p.Asp786GlyfsTer38,       minus frameshift",
    "X,  109669061, ,    T,         ENST00000514500, p.Tyr19IlefsTer2,         minus partial first codon",
    "X,  109669061, ,    T,         ENST00000348502, p.Tyr374IlefsTer2,        minus frameshift",
    "X,  71137734,  ,    CTC,       ENST00000444034, p.Thr166_Pro167insSer,    plus in-frame insertion",
    "9,  83970774,  CCA, ,          ENST00000481820, p.Gly29del,               minus in-frame deletion",
    "9,  83978229,  TTC, ,          ENST00000351839, p.Glu8del,                minus in-frame deletion",
    "3,  155116953, TGA, ,          ENST00000492661, p.Asp209del,              plus in-frame deletion",
    "17, 18161390,  CCA, ,          ENST00000578575, p.Pro9del,                plus in-frame deletion",
    "6,  112061056, G,   ,          ENST00000368664, p.Ser57GlnfsTer27,        plus first changed codon",
    "2,  47822224,  T,   ,          ENST00000402508, p.Ile482PhefsTer6,        minus frameshift",
    "6,  121447732, TTC, ,          ENST00000282561, p.Ser297del,              plus deletion across codons",
    "14, 104714676, GAGGAC, ,       ENST00000392634, p.Asp1175_Glu1176del,     plus deletion shifted 3'",
    "11, 75566844,  CAAGCG, ,       ENST00000525611, p.Lys166_Arg167del,       plus deletion across codons",
    "1,  244856830, T,   ,          ENST00000638475, p.Asp451IlefsTer5,        minus frameshift",
    "14, 91313274,  CCTGCTGCC, ,    ENST00000389857, p.Trp845_Val848delinsLeu, minus deletion-insertion",
    "1,  99884391,  A,   G,         ENST00000361915, p.Asn829Ser,              plus missense",
    "19, 11110721,  A,   G,         ENST00000252444, p.Glu422Gly,              plus missense",
    "3,  155143536, G,   A,         ENST00000492661, p.Val428Met,              plus missense",
    "11, 77179045,  G,   A,         ENST00000409619, p.Arg750=,                plus synonymous",
    "3,  183650359, G,   A,         ENST00000473045, p.Met1?,                  plus start lost",
    "12, 132687314, A,   T,         ENST00000537064, p.Met1?,                  minus start lost",
    "21, 44637453,  C,   T,         ENST00000380095, p.Ala12=,                 plus synonymous",
    "21, 44637501,  G,   C,         ENST00000380095, p.Glu28Asp,               plus missense",
    "21, 44637643,  C,   T,         ENST00000380095, p.Gln76Ter,               plus stop gained",
  })
  void proteinChangeAsEnsemblDescribesIt(
      String contig,
      long position,
      String ref,
      String alt,
      String transcript,
      String ensembl,
      String kind) {
    SequenceVariant variant = SequenceVariant.of(contig, position, ref, alt);
    TranscriptAnnotation annotation =
        annotator.annotate(variant).forTranscript(transcript).orElseThrow();
    String hgvsp = annotation.hgvsp();
    assertThat(hgvsp).isNotNull();
    String description = hgvsp.substring(hgvsp.indexOf(':') + 1).replace("(", "").replace(")", "");
    assertThat(description).isEqualTo(ensembl);
  }
}
