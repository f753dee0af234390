package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HGVS c./n. descriptions on real transcripts. Expected values are published descriptions
 * (literature, phenopacket-store) or follow from the model and its sequence by the HGVS rule named
 * in the last column; positions on BRCA1 use the anchors c.1 = 17:43,124,096 (ClinVar's initiator
 * codon records) and c.3113 = 43,092,418 (rs16941, c.3113A>G).
 */
class HgvsNucleotideRulesTest {

  @ParameterizedTest(name = "{4} {0}:{1} {2}>{3} is c.{5} ({6})")
  @CsvSource({
    // minus strand: BRCA1 ENST00000357654
    "17, 43106487, A,    C,    ENST00000357654, 181T>G,          literature (C61G)",
    "17, 43071077, T,    C,    ENST00000357654, 4837A>G,         rs1799966 (S1613G)",
    "17, 43093449, G,    A,    ENST00000357654, 2082C>T,         rs1799949 (S694=)",
    "17, 43092919, G,    A,    ENST00000357654, 2612C>T,         rs799917 (P871L)",
    "17, 43124027, ACT,  A,    ENST00000357654, 68_69del,        literature (185delAG); 3' rule",
    "17, 43057062, T,    TG,   ENST00000357654, 5266dup,         literature (5382insC); dup not ins",
    "17, 43124097, T,    C,    ENST00000357654, -1A>G,           5' UTR: c.-1 is the base before c.1",
    "17, 43124108, C,    T,    ENST00000357654, -12G>A,          5' UTR",
    "17, 43124116, C,    T,    ENST00000357654, -19-1G>A,        intron in the 5' UTR (exon 2 starts c.-19)",
    "17, 43045677, G,    A,    ENST00000357654, *1C>T,           3' UTR: c.*1 follows the stop codon",
    "17, 43045644, G,    A,    ENST00000357654, *34C>T,          3' UTR",
    "17, 43047641, A,    G,    ENST00000357654, 5467+2T>C,       intron after exon 22 (c.5467)",
    "17, 43092342, GG,   C,    ENST00000357654, 3188_3189delinsG, two bases replaced: delins",
    "17, 43092404, TG,   CA,   ENST00000357654, 3126_3127inv,    reverse complement: inversion",
    // minus strand: FBXO11 ENST00000403359 (phenopacket-store, published)
    "2,  47823147, T,    C,    ENST00000403359, 1612A>G,         PMID_30057029",
    "2,  47808192, C,    CA,   ENST00000403359, 2709dup,         published",
    "2,  47808198, C,    CTAAT, ENST00000403359, 2700_2703dup,   published",
    "2,  47819046, ATTCTC, A,  ENST00000403359, 1825_1829del,    published",
    "2,  47809648, GGTT, G,    ENST00000403359, 2395_2397del,    published",
    "2,  47832881, C,    G,    ENST00000403359, 1042-1G>C,       published",
    "2,  47832571, C,    G,    ENST00000403359, 1260+1G>C,       published",
    // plus strand: COL6A2, COL6A1, SON (Ensembl 84 models; phenopacket-store, published)
    "21, 46125265, G,    A,    ENST00000300527, 1771-1G>A,       published",
    "21, 46121554, A,    G,    ENST00000300527, 1459-2A>G,       published",
    "21, 46118604, A,    G,    ENST00000300527, 1117-10A>G,      published",
    "21, 46125518, G,    A,    ENST00000300527, 1870G>A,         published",
    "21, 45990827, G,    A,    ENST00000361866, 1056+1G>A,       published",
    "21, 33549899, C,    T,    ENST00000356577, 668C>T,          published",
    // plus strand: NFIX ENST00000592199; AAA = c.582_584 at 19:13,073,069-71, CCCC = c.831_834
    "19, 13073068, CA,   C,    ENST00000592199, 584del,          3' rule: the last A of AAA",
    "19, 13073068, C,    CA,   ENST00000592199, 584dup,          3' rule, dup not ins",
    "19, 13075546, GC,   G,    ENST00000592199, 834del,          3' rule: the last C of CCCC",
    "19, 13075546, G,    GCC,  ENST00000592199, 833_834dup,      two copies of the run's end",
    "19, 13073068, C,    CT,   ENST00000592199, 581_582insT,     no copy beside it: ins",
    "19, 13025557, G,    A,    ENST00000592199, 559+5G>A,        exon 2 ends c.559",
    "19, 13073040, C,    T,    ENST00000592199, 560-7C>T,        exon 3 starts c.560",
    // plus strand UTRs: LDLR ENST00000558518, coding from cDNA 188 (19:11,089,549) to 2770
    "19, 11089548, C,    T,    ENST00000558518, -1C>T,           5' UTR",
    "19, 11089537, G,    A,    ENST00000558518, -12G>A,          5' UTR",
    "19, 11131317, A,    G,    ENST00000558518, *1A>G,           3' UTR",
    "19, 11131350, C,    T,    ENST00000558518, *34C>T,          3' UTR",
  })
  void codingDescription(
      String contig,
      long pos,
      String ref,
      String alt,
      String transcript,
      String description,
      String source) {
    String hgvsc = AnnotatorFixture.on(transcript, contig, pos, ref, alt).hgvsc();
    assertThat(hgvsc.substring(hgvsc.indexOf(':') + 1)).isEqualTo("c." + description);
  }

  @ParameterizedTest(name = "non-coding {4}: {5}")
  @CsvSource({
    // ENST00000472490 (retained intron, minus): exon 1 = 17:43,071,066-43,070,928 (139 bp),
    // exon 2 starts at 43,067,695, so 43,067,284 is n.139 + 411 + 1
    "17, 43067284, C, T, ENST00000472490, n.551G>A",
  })
  void nonCodingDescription(
      String contig, long pos, String ref, String alt, String transcript, String description) {
    String hgvsc = AnnotatorFixture.on(transcript, contig, pos, ref, alt).hgvsc();
    assertThat(hgvsc.substring(hgvsc.indexOf(':') + 1)).isEqualTo(description);
  }
}
