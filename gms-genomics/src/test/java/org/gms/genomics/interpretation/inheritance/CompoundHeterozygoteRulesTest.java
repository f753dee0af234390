package org.gms.genomics.interpretation.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.AffectionStatus;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two variants A and B of one gene in an affected proband: in trans (one on each copy) they fit a
 * recessive disease, in cis they do not. Calls per person as "A B".
 */
class CompoundHeterozygoteRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          # rule                                        , kid A , kid B , dad A , dad B , mum A , mum B , fit
          one from each parent: trans                   , 0/1   , 0/1   , 0/1   , 0/0   , 0/0   , 0/1   , YES
          both from the father: cis                     , 0/1   , 0/1   , 0/1   , 0/1   , 0/0   , 0/0   , NO
          one de novo: phase unknown                    , 0/1   , 0/1   , 0/1   , 0/0   , 0/0   , 0/0   , POSSIBLE
          both de novo: phase unknown                   , 0/1   , 0/1   , 0/0   , 0/0   , 0/0   , 0/0   , POSSIBLE
          a parent carries both and the other one       , 0/1   , 0/1   , 0/1   , 0/1   , 0/0   , 0/1   , POSSIBLE
          parents not sequenced and no phase            , 0/1   , 0/1   , -     , -     , -     , -     , POSSIBLE
          a no-call in a parent                         , 0/1   , 0/1   , ./.   , 0/0   , 0/0   , 0/1   , POSSIBLE
          an unaffected parent homozygous for A         , 0/1   , 0/1   , 1/1   , 0/0   , 0/0   , 0/1   , NO
          the proband homozygous for A                  , 1/1   , 0/1   , 0/1   , 0/0   , 0/1   , 0/1   , NO
          phased on different haplotypes and no parents , 0|1   , 1|0   , -     , -     , -     , -     , YES
          phased trans agreeing with the parents        , 0|1   , 1|0   , 0/1   , 0/0   , 0/0   , 0/1   , YES
          """)
  void trio(
      String rule,
      String kidA,
      String kidB,
      String dadA,
      String dadB,
      String mumA,
      String mumB,
      Fit fit) {
    FamilyFixture trio = FamilyFixture.trio();
    FamilyVariant a = trio.autosomalAt("A", kidA, dadA, mumA);
    FamilyVariant b = trio.autosomalAt("B", kidB, dadB, mumB);

    SegregationResult result = trio.analysis().compoundHeterozygous(a, b);

    assertThat(result.fit()).as(rule + ": " + result.reason()).isEqualTo(fit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          # rule                                                , kid A , kid B , fit
          phased on different haplotypes: trans                 , 0|1   , 1|0   , YES
          phased on the same haplotype: cis                     , 0|1   , 0|1   , NO
          phased in different phase sets: unknown               , 0|1@1 , 1|0@2 , POSSIBLE
          phased in the same named phase set: trans             , 1|0@7 , 0|1@7 , YES
          one phased and one not: unknown                       , 0|1   , 0/1   , POSSIBLE
          """)
  void phasedProbandWithoutParents(String rule, String kidA, String kidB, Fit fit) {
    FamilyFixture trio = FamilyFixture.trio();
    FamilyVariant a = trio.autosomalAt("A", kidA, "-", "-");
    FamilyVariant b = trio.autosomalAt("B", kidB, "-", "-");

    SegregationResult result = trio.analysis().compoundHeterozygous(a, b);

    assertThat(result.fit()).as(rule + ": " + result.reason()).isEqualTo(fit);
  }

  @Test
  void phaseAndParentsDisagreeingLeavesItOpen() {
    FamilyFixture trio = FamilyFixture.trio();
    FamilyVariant a = trio.autosomalAt("A", "0|1", "0/1", "0/0");
    FamilyVariant b = trio.autosomalAt("B", "1|0", "0/1", "0/0");

    SegregationResult result = trio.analysis().compoundHeterozygous(a, b);

    assertThat(result.fit()).isEqualTo(Fit.POSSIBLE);
    assertThat(result.reason()).contains("disagree");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule                                        | sibling    | sib A | sib B | fit
          an unaffected sibling with both: not causal   | UNAFFECTED | 0/1   | 0/1   | NO
          an unaffected sibling with one: a carrier     | UNAFFECTED | 0/1   | 0/0   | YES
          an affected sibling with both                 | AFFECTED   | 0/1   | 0/1   | YES
          an affected sibling lacking one               | AFFECTED   | 0/1   | 0/0   | NO
          """)
  void siblings(String rule, AffectionStatus status, String sibA, String sibB, Fit fit) {
    FamilyFixture family = FamilyFixture.trio().sibling("sib", Sex.MALE, status);
    FamilyVariant a = family.autosomalAt("A", "0/1", "0/1", "0/0", sibA);
    FamilyVariant b = family.autosomalAt("B", "0/1", "0/0", "0/1", sibB);

    SegregationResult result = family.analysis().compoundHeterozygous(a, b);

    assertThat(result.fit()).as(rule + ": " + result.reason()).isEqualTo(fit);
  }

  @Test
  void onlyOnAutosomesAndPseudoautosomalRegions() {
    FamilyFixture trio = FamilyFixture.trio().proband(Sex.FEMALE);
    FamilyVariant a = trio.variant("A", ChromosomeType.X_NON_PAR, "0/1", "1", "0/0");
    FamilyVariant b = trio.variant("B", ChromosomeType.X_NON_PAR, "0/1", "0", "0/1");

    assertThat(trio.analysis().compoundHeterozygous(a, b).fit()).isEqualTo(Fit.NO);
  }

  @Test
  void pairsAreFormedAmongTheProbandsHeterozygousVariants() {
    FamilyFixture trio = FamilyFixture.trio();
    FamilyVariant a = trio.autosomalAt("A", "0/1", "0/1", "0/0");
    FamilyVariant b = trio.autosomalAt("B", "0/1", "0/0", "0/1");
    FamilyVariant c = trio.autosomalAt("C", "0/1", "0/0", "0/1");
    FamilyVariant homozygous = trio.autosomalAt("D", "1/1", "0/1", "0/1");

    assertThat(trio.analysis().pairs(java.util.List.of(a, b, c, homozygous)))
        .extracting(p -> p.first().id() + "+" + p.second().id() + " " + p.fit())
        .containsExactly("A+B YES", "A+C YES", "B+C NO");
  }
}
