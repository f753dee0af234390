package org.gms.genomics.interpretation.chromosome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gms.genomics.reference.GenomeBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GRC pseudoautosomal boundaries, base by base at each edge, and contig spellings. */
class ChromosomeTypeTest {

  @ParameterizedTest(name = "{0} {1}:{2} is {3}")
  @CsvSource(
      useHeadersInDisplayName = true,
      textBlock =
          """
          build,  contig, position,  type
          GRCh37, X,      60000,     X_NON_PAR
          GRCh37, X,      60001,     PSEUDOAUTOSOMAL
          GRCh37, X,      2699520,   PSEUDOAUTOSOMAL
          GRCh37, X,      2699521,   X_NON_PAR
          GRCh37, X,      154931043, X_NON_PAR
          GRCh37, X,      154931044, PSEUDOAUTOSOMAL
          GRCh37, X,      155260560, PSEUDOAUTOSOMAL
          GRCh37, X,      155260561, X_NON_PAR
          GRCh37, Y,      10001,     PSEUDOAUTOSOMAL
          GRCh37, Y,      2649520,   PSEUDOAUTOSOMAL
          GRCh37, Y,      2649521,   Y_NON_PAR
          GRCh37, Y,      59034050,  PSEUDOAUTOSOMAL
          GRCh37, Y,      59363567,  Y_NON_PAR
          GRCh38, chrX,   10000,     X_NON_PAR
          GRCh38, chrX,   10001,     PSEUDOAUTOSOMAL
          GRCh38, chrX,   2781479,   PSEUDOAUTOSOMAL
          GRCh38, chrX,   2781480,   X_NON_PAR
          GRCh38, chrX,   155701382, X_NON_PAR
          GRCh38, chrX,   155701383, PSEUDOAUTOSOMAL
          GRCh38, chrX,   156030895, PSEUDOAUTOSOMAL
          GRCh38, chrY,   2781480,   Y_NON_PAR
          GRCh38, chrY,   56887903,  PSEUDOAUTOSOMAL
          GRCh38, chrY,   57217415,  PSEUDOAUTOSOMAL
          GRCh38, chrY,   57217416,  Y_NON_PAR
          GRCh38, 23,     5000000,   X_NON_PAR
          GRCh38, chrM,   3243,      MITOCHONDRION
          GRCh37, MT,     3243,      MITOCHONDRION
          GRCh37, 1,      65797,     AUTOSOME
          GRCh38, chr22,  1,         AUTOSOME
          GRCh37, GL000192.1, 1,     OTHER
          GRCh38, chr1_KI270706v1_random, 1, OTHER
          GRCh38, 25,     1,         OTHER
          GRCh38, 0,      1,         OTHER
          """)
  void classifiesLoci(GenomeBuild build, String contig, long position, ChromosomeType type) {
    assertThat(ChromosomeType.of(build, contig, position)).isEqualTo(type);
  }

  @Test
  void needsTheBuildToPlaceThePseudoautosomalRegions() {
    assertThatThrownBy(() -> ChromosomeType.of(null, "X", 100))
        .hasMessageContaining("genome build");
  }
}
