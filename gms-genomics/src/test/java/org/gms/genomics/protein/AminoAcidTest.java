package org.gms.genomics.protein;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AminoAcidTest {

  @Test
  void everyCodeReadsBackToItsAminoAcid() {
    for (AminoAcid aa : AminoAcid.values()) {
      assertThat(AminoAcid.ofOneLetter(aa.oneLetter())).contains(aa);
      assertThat(AminoAcid.ofThreeLetter(aa.threeLetter())).contains(aa);
    }
    assertThat(AminoAcid.values()).hasSize(23);
  }

  @Test
  void lettersThatAreNoAminoAcidAreUnknownWhenTranslatedAndEmptyWhenRead() {
    assertThat(AminoAcid.threeLetter('B')).isEqualTo("Xaa");
    assertThat(AminoAcid.ofOneLetter('B')).isEmpty();
    assertThat(AminoAcid.ofOneLetter('é')).isEmpty();
    assertThat(AminoAcid.ofThreeLetter("arg")).isEmpty();
  }

  @Test
  void aPeptideIsWrittenInThreeLetterCodes() {
    assertThat(AminoAcid.threeLetter("MRW*")).isEqualTo("MetArgTrpTer");
  }

  @Test
  void oneLetterProteinChangesReadAsTheirThreeLetterForms() {
    assertThat(ProteinChange.parse("p.R175H")).contains(new ProteinChange("Arg", 175, "His"));
    assertThat(ProteinChange.parse("p.R175X")).contains(new ProteinChange("Arg", 175, "Ter"));
    assertThat(ProteinChange.parse("p.B175H")).isEmpty();
  }
}
