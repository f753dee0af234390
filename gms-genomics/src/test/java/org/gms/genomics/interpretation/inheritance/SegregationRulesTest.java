package org.gms.genomics.interpretation.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.AffectionStatus;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The segregation rules as tables: an affected proband "kid" with father "dad" and mother "mum";
 * calls as GT ({@code -} not sequenced, {@code ./.} no call).
 */
class SegregationRulesTest {

  @ParameterizedTest(name = "{0}: kid {1}, dad {2}, mum {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # pattern                      | kid | dad | mum | fit       | rule
          DE_NOVO                        | 0/1 | 0/0 | 0/0 | YES       | new in the child, in neither parent
          DE_NOVO                        | 0/1 | 0/1 | 0/0 | NO        | the father carries it
          DE_NOVO                        | 0/1 | 0/0 | 1/1 | NO        | the mother carries it
          DE_NOVO                        | 1/1 | 0/0 | 0/0 | NO        | a new mutation gives one copy
          DE_NOVO                        | 0/1 | ./. | 0/0 | POSSIBLE  | no call in the father
          DE_NOVO                        | 0/1 | -   | 0/0 | POSSIBLE  | father not sequenced
          DE_NOVO                        | 0/0 | 0/0 | 0/0 | NO        | the child does not carry it
          DE_NOVO                        | ./. | 0/0 | 0/0 | NO        | no call in the child
          AUTOSOMAL_DOMINANT             | 0/1 | 0/0 | 0/0 | YES       | heterozygous, absent from the unaffected
          AUTOSOMAL_DOMINANT             | 0/1 | 0/1 | 0/0 | NO        | an unaffected parent carries it (full penetrance)
          AUTOSOMAL_DOMINANT             | 1/1 | 0/1 | 0/1 | NO        | homozygous: a dominant model expects one copy
          AUTOSOMAL_DOMINANT             | 0/1 | ./. | 0/0 | POSSIBLE  | no call in an unaffected parent
          AUTOSOMAL_DOMINANT             | 0/1 | -   | -   | YES       | a singleton constrains nothing else
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 1/1 | 0/1 | 0/1 | YES       | two carrier parents
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 1/1 | 0/0 | 0/1 | POSSIBLE  | one parent lacks it: UPD or deletion
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 1/1 | 0/0 | 0/0 | NO        | neither parent carries it
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 1/1 | 1/1 | 0/1 | NO        | an unaffected parent is homozygous
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 0/1 | 0/1 | 0/1 | NO        | one copy is not enough
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | 1/1 | ./. | 0/1 | POSSIBLE  | no call in the father
          """)
  void autosomalTrio(
      SegregationPattern pattern, String kid, String dad, String mum, Fit fit, String rule) {
    FamilyFixture trio = FamilyFixture.trio();

    assertFit(trio, pattern, trio.autosomal(kid, dad, mum), fit, rule);
  }

  @ParameterizedTest(name = "{0} with {1} father: kid {2}, dad {3}, mum {4} -> {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # pattern                      | father     | kid | dad | mum | fit | rule
          AUTOSOMAL_DOMINANT             | AFFECTED   | 0/1 | 0/1 | 0/0 | YES | inherited from the affected father
          AUTOSOMAL_DOMINANT             | AFFECTED   | 0/1 | 0/0 | 0/0 | NO  | the affected father lacks it
          AUTOSOMAL_DOMINANT             | UNKNOWN    | 0/1 | 0/1 | 0/0 | YES | unknown status constrains nothing
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | AFFECTED   | 1/1 | 1/1 | 0/1 | YES | pseudo-dominance: affected father homozygous
          AUTOSOMAL_RECESSIVE_HOMOZYGOUS | AFFECTED   | 1/1 | 0/1 | 0/1 | NO  | the affected father is only a carrier
          DE_NOVO                        | AFFECTED   | 0/1 | 0/0 | 0/0 | YES | parents' status does not matter for de novo
          """)
  void affectionOfTheParents(
      SegregationPattern pattern,
      AffectionStatus father,
      String kid,
      String dad,
      String mum,
      Fit fit,
      String rule) {
    FamilyFixture trio = FamilyFixture.trio().father(father);

    assertFit(trio, pattern, trio.autosomal(kid, dad, mum), fit, rule);
  }

  @ParameterizedTest(name = "{0}, {1} proband, {2} father: kid {3}, dad {4}, mum {5} -> {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # pattern          | proband | father     | kid | dad | mum | fit      | rule
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 1   | 0   | 0/1 | YES      | hemizygous son of a carrier mother
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 1/1 | 0/0 | 0/1 | YES      | a male written as diploid homozygous
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 1   | 0   | 0/0 | YES      | new in the son (no carrier mother needed)
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 1   | 1   | 0/1 | NO       | an unaffected male carries it
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 1   | 0   | 1/1 | NO       | an unaffected female is homozygous
          X_LINKED_RECESSIVE | MALE    | UNAFFECTED | 0/1 | 0   | 0/1 | POSSIBLE | a heterozygous call in a male
          X_LINKED_RECESSIVE | FEMALE  | UNAFFECTED | 0/1 | 0   | 0/1 | NO       | an affected female needs two copies
          X_LINKED_RECESSIVE | FEMALE  | AFFECTED   | 1/1 | 1   | 0/1 | YES      | affected father, carrier mother
          X_LINKED_RECESSIVE | FEMALE  | UNAFFECTED | 1/1 | 1   | 0/1 | NO       | the unaffected father carries it
          X_LINKED_DOMINANT  | FEMALE  | UNAFFECTED | 0/1 | 0   | 0/0 | YES      | one copy in an affected female
          X_LINKED_DOMINANT  | FEMALE  | UNAFFECTED | 0/1 | 0   | 0/1 | NO       | the unaffected mother carries it
          X_LINKED_DOMINANT  | FEMALE  | AFFECTED   | 0/1 | 1   | 0/0 | YES      | from the affected father to his daughter
          X_LINKED_DOMINANT  | MALE    | AFFECTED   | 1   | 1   | 0/0 | NO       | a father passes no X to a son
          X_LINKED_DOMINANT  | MALE    | UNAFFECTED | 1   | 0   | 0/0 | YES      | hemizygous affected male
          DE_NOVO            | MALE    | UNAFFECTED | 1   | 0   | 0/0 | YES      | a son's X comes from his mother only
          DE_NOVO            | MALE    | UNAFFECTED | 1   | 0   | 0/1 | NO       | the mother carries it
          DE_NOVO            | FEMALE  | UNAFFECTED | 0/1 | 0   | 0/0 | YES      | new in a daughter
          DE_NOVO            | FEMALE  | UNAFFECTED | 0/1 | 1   | 0/0 | NO       | a daughter's X from her father
          AUTOSOMAL_DOMINANT | MALE    | UNAFFECTED | 0/1 | 0   | 0/0 | NO       | autosomal patterns do not apply to X
          """)
  void xChromosome(
      SegregationPattern pattern,
      Sex proband,
      AffectionStatus father,
      String kid,
      String dad,
      String mum,
      Fit fit,
      String rule) {
    FamilyFixture trio = FamilyFixture.trio().proband(proband).father(father);
    FamilyVariant variant = trio.variant("X:3000000 C>T", ChromosomeType.X_NON_PAR, kid, dad, mum);

    assertFit(trio, pattern, variant, fit, rule);
  }

  @ParameterizedTest(name = "{0}: kid {1}, dad {2}, mum {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # pattern     | kid | dad | mum | fit      | rule
          MITOCHONDRIAL | 1   | 0   | 1   | YES      | maternally transmitted
          MITOCHONDRIAL | 0/1 | 0   | 0/1 | YES      | heteroplasmic in child and mother
          MITOCHONDRIAL | 1   | 1   | 0   | POSSIBLE | absent from the mother: de novo or low heteroplasmy
          MITOCHONDRIAL | 0   | 0   | 1   | NO       | the proband does not carry it
          DE_NOVO       | 1   | 0   | 0   | NO       | only the mitochondrial pattern applies to MT
          """)
  void mitochondrion(
      SegregationPattern pattern, String kid, String dad, String mum, Fit fit, String rule) {
    FamilyFixture trio = FamilyFixture.trio();
    FamilyVariant variant =
        trio.variant("MT:3243 A>G", ChromosomeType.MITOCHONDRION, kid, dad, mum);

    assertFit(trio, pattern, variant, fit, rule);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule                                    | kid ; dad ; mum                                       | fit
          good quality and balance                  | 0/1;gq=60;dp=30;ad=15,15 ; 0/0;gq=60;dp=30;ad=30,0 ; 0/0;gq=60;dp=30;ad=30,0 | YES
          low genotype quality in the child         | 0/1;gq=12;dp=30;ad=15,15 ; 0/0;gq=60;dp=30;ad=30,0 ; 0/0;gq=60;dp=30;ad=30,0 | POSSIBLE
          shallow coverage in a parent              | 0/1;gq=60;dp=30;ad=15,15 ; 0/0;gq=60;dp=6;ad=6,0   ; 0/0;gq=60;dp=30;ad=30,0 | POSSIBLE
          skewed allele balance (mosaic or artefact)| 0/1;gq=60;dp=40;ad=36,4  ; 0/0;gq=60;dp=30;ad=30,0 ; 0/0;gq=60;dp=30;ad=30,0 | POSSIBLE
          ALT reads in the parents                  | 0/1;gq=60;dp=30;ad=15,15 ; 0/0;gq=60;dp=30;ad=29,1 ; 0/0;gq=60;dp=30;ad=28,2 | NO
          """)
  void deNovoCallQuality(String rule, String calls, Fit fit) {
    FamilyFixture trio = FamilyFixture.trio();
    String[] each = calls.split(" ; ");

    assertFit(
        trio, SegregationPattern.DE_NOVO, trio.autosomal(each[0], each[1], each[2]), fit, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule                                              | sibling    | kid | dad | mum | sib | pattern                        | fit
          an unaffected sibling carrying a dominant variant   | UNAFFECTED | 0/1 | 0/1 | 0/0 | 0/1 | AUTOSOMAL_DOMINANT             | NO
          an affected sibling sharing a dominant variant      | AFFECTED   | 0/1 | 0/0 | 0/0 | 0/1 | AUTOSOMAL_DOMINANT             | YES
          an affected sibling without it                      | AFFECTED   | 0/1 | 0/0 | 0/0 | 0/0 | AUTOSOMAL_DOMINANT             | NO
          an unaffected homozygous sibling                    | UNAFFECTED | 1/1 | 0/1 | 0/1 | 1/1 | AUTOSOMAL_RECESSIVE_HOMOZYGOUS | NO
          an unaffected carrier sibling                       | UNAFFECTED | 1/1 | 0/1 | 0/1 | 0/1 | AUTOSOMAL_RECESSIVE_HOMOZYGOUS | YES
          an unaffected sibling with the de novo variant      | UNAFFECTED | 0/1 | 0/0 | 0/0 | 0/1 | DE_NOVO                        | NO
          an affected sibling with the de novo variant        | AFFECTED   | 0/1 | 0/0 | 0/0 | 0/1 | DE_NOVO                        | POSSIBLE
          """)
  void siblings(
      String rule,
      AffectionStatus sibling,
      String kid,
      String dad,
      String mum,
      String sib,
      SegregationPattern pattern,
      Fit fit) {
    FamilyFixture family = FamilyFixture.trio().sibling("sib", Sex.FEMALE, sibling);

    assertFit(family, pattern, family.autosomal(kid, dad, mum, sib), fit, rule);
  }

  /** The family's fit to the pattern for the variant is the one expected under the rule. */
  private static void assertFit(
      FamilyFixture family,
      SegregationPattern pattern,
      FamilyVariant variant,
      Fit fit,
      String rule) {
    SegregationResult result = family.analysis().evaluate(pattern, variant);
    assertThat(result.fit()).as(rule + ": " + result.reason()).isEqualTo(fit);
  }
}
