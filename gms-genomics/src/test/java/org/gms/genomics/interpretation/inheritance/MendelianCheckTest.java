package org.gms.genomics.interpretation.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.inheritance.MendelianCheck.Status;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MendelianCheckTest {

  @ParameterizedTest(name = "{0} {1}: child {2}, father {3}, mother {4} -> {5}")
  @CsvSource(
      textBlock =
          """
          # locus         , child sex , child , father , mother , status
          AUTOSOME        , MALE      , 0/1   , 0/1    , 0/0    , CONSISTENT
          AUTOSOME        , MALE      , 1/1   , 0/1    , 0/1    , CONSISTENT
          AUTOSOME        , MALE      , 1/1   , 0/1    , 0/0    , INCONSISTENT
          AUTOSOME        , FEMALE    , 0/1   , 0/0    , 0/0    , INCONSISTENT
          AUTOSOME        , FEMALE    , 0/0   , 1/1    , 0/1    , INCONSISTENT
          AUTOSOME        , FEMALE    , 1/2   , 0/1    , 0/2    , CONSISTENT
          AUTOSOME        , FEMALE    , 0/1   , ./.    , 0/0    , NOT_ASSESSED
          PSEUDOAUTOSOMAL , MALE      , 0/1   , 0/1    , 0/0    , CONSISTENT
          X_NON_PAR       , MALE      , 1     , 0      , 0/1    , CONSISTENT
          X_NON_PAR       , MALE      , 1     , 1      , 0/0    , INCONSISTENT
          X_NON_PAR       , MALE      , 0/1   , 0      , 0/1    , INCONSISTENT
          X_NON_PAR       , FEMALE    , 0/1   , 1      , 0/0    , CONSISTENT
          X_NON_PAR       , FEMALE    , 0/0   , 1      , 0/0    , INCONSISTENT
          MITOCHONDRION   , MALE      , 1     , 0      , 1      , CONSISTENT
          MITOCHONDRION   , FEMALE    , 1     , 1      , 0      , INCONSISTENT
          OTHER           , FEMALE    , 0/1   , 0/0    , 0/0    , NOT_ASSESSED
          """)
  void childAllelesComeFromTheParents(
      ChromosomeType locus, Sex sex, String child, String father, String mother, Status status) {
    assertThat(
            MendelianCheck.check(
                locus,
                sex,
                FamilyFixture.call(child).genotype(),
                FamilyFixture.call(father).genotype(),
                FamilyFixture.call(mother).genotype()))
        .isEqualTo(status);
  }
}
