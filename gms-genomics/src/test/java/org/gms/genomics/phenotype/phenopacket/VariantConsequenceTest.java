package org.gms.genomics.phenotype.phenopacket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The consequence class that a phenopacket's recorded HGVS implies (HGVS nomenclature rules). */
class VariantConsequenceTest {

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          NM_1.1:c.1196del      | NP_1.1:p.(Arg399LeufsTer14) | -                    | FRAMESHIFT
          NM_1.1:c.1234C>T      | NP_1.1:p.(Arg412Ter)        | -                    | STOP_GAINED
          NM_1.1:c.1234C>T      | NP_1.1:p.Arg412*            | -                    | STOP_GAINED
          NM_1.1:c.100G>A       | NP_1.1:p.(Gly34Ser)         | -                    | MISSENSE
          NM_1.1:c.102G>A       | NP_1.1:p.(Gly34=)           | -                    | SYNONYMOUS
          NM_1.1:c.3G>A         | NP_1.1:p.(Met1?)            | -                    | START_LOST
          NM_1.1:c.1500T>C      | NP_1.1:p.(Ter500GlnextTer20)| -                    | STOP_LOST
          NM_1.1:c.100_102del   | NP_1.1:p.(Lys34del)         | -                    | INFRAME_INDEL
          NM_1.1:c.100_102del   | -                           | -                    | INFRAME_INDEL
          NM_1.1:c.100_101del   | -                           | -                    | FRAMESHIFT
          NM_1.1:c.100dup       | NP_1.1:p.?                  | -                    | FRAMESHIFT
          NM_1.1:c.100+1G>A     | -                           | -                    | SPLICE_SITE
          NM_1.1:c.101-2A>G     | -                           | -                    | SPLICE_SITE
          NM_1.1:c.100+5G>A     | -                           | -                    | SPLICE_REGION
          NM_1.1:c.100+50G>A    | -                           | -                    | INTRONIC
          NM_1.1:c.-20C>T       | -                           | -                    | UTR
          NM_1.1:c.*30C>T       | -                           | -                    | UTR
          NM_1.1:c.100G>A       | -                           | -                    | CODING_SUBSTITUTION
          NR_1.1:n.64C>T        | -                           | -                    | NON_CODING_TRANSCRIPT
          -                     | -                           | chromosomal_deletion | STRUCTURAL
          -                     | -                           | -                    | UNKNOWN
          """)
  void readsTheConsequenceFromTheRecordedHgvs(
      String hgvsC, String hgvsP, String structural, VariantConsequence expected) {
    CausativeVariant variant =
        new CausativeVariant("GENE", "HGNC:1", hgvsC, hgvsP, "", structural, "heterozygous");

    assertThat(variant.consequence()).isEqualTo(expected);
  }
}
