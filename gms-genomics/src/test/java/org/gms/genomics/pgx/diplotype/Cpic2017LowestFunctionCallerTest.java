package org.gms.genomics.pgx.diplotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gms.genomics.pgx.PgxKnowledge;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.NamedAllele;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.phenotype.GenePhenotyper;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.gms.genomics.pgx.phenotype.PhenotypeCall;
import org.gms.genomics.pgx.phenotype.PhenotypeTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CPIC's DPYD rule on the real DPYD definitions and CPIC activity values: the two lowest-function
 * variants set the diplotype (unphased), each gene copy counts as its lowest-function variant
 * (phased). Activity scores and phenotypes are the CPIC table's.
 */
class Cpic2017LowestFunctionCallerTest {

  private static final GeneDefinition DPYD = PgxKnowledge.bundled().definitions().get("DPYD");
  private static final PhenotypeTable CPIC =
      PgxKnowledge.bundled().phenotypes(GuidelineSource.CPIC, "DPYD").orElseThrow();
  private static final GeneCaller CALLER = GeneCaller.lowestFunction(DPYD, CPIC.activityValues());

  private static final String STAR_2A = "c.1905+1G>A (*2A)";
  private static final String C2846 = "c.2846A>T";
  private static final String STAR_9A = "c.85T>C (*9A)";
  private static final String C496 = "c.496A>G";
  private static final String HAP_B3 = "c.1129-5923C>G, c.1236G>A (HapB3)";

  static Stream<Arguments> unphased() {
    return Stream.of(
        row("no variant", Map.of(), "2.0", "Reference/Reference"),
        row("one no-function variant", Map.of(STAR_2A, 1), "1.0", "Reference/" + STAR_2A),
        row(
            "a homozygous decreased-function variant",
            Map.of(C2846, 2),
            "1.0",
            C2846 + "/" + C2846),
        row(
            "two different decreased/no-function variants lie on different copies",
            Map.of(STAR_2A, 1, C2846, 1),
            "0.5",
            STAR_2A + "/" + C2846),
        row(
            "three variants: the two lowest-function ones count",
            Map.of(STAR_9A, 1, STAR_2A, 1, C2846, 1),
            "0.5",
            STAR_2A + "/" + C2846),
        row(
            "a tie for second place: the first in the definitions' order (same activity)",
            Map.of(STAR_9A, 1, C496, 1, C2846, 1),
            "1.5",
            STAR_9A + "/" + C2846),
        row(
            "HapB3 is one allele, not also c.1129-5923C>G",
            Map.of(HAP_B3, 1),
            "1.5",
            "Reference/" + HAP_B3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unphased")
  void unphasedDataUseTheTwoLowestFunctionVariants(
      String rule, Map<String, Integer> copies, String activityScore, List<String> expected) {
    GeneCall call = CALLER.call(unphasedSample(copies));

    assertThat(call.status()).isEqualTo(CallStatus.CALLED);
    assertThat(call.diplotypeNames()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(call.diplotypes())
        .allSatisfy(d -> assertThat(translate(d).activityScore()).isEqualTo(activityScore));
  }

  static Stream<Arguments> phased() {
    return Stream.of(
        Arguments.of(
            "variants on one copy form one haplotype that counts as its lowest-function variant",
            STAR_9A,
            "1|0",
            C2846,
            "1|0",
            "Reference/[" + STAR_9A + " + " + C2846 + "]",
            "1.5",
            "Intermediate Metabolizer"),
        Arguments.of(
            "variants on different copies",
            STAR_2A,
            "1|0",
            C2846,
            "0|1",
            STAR_2A + "/" + C2846,
            "0.5",
            "Poor Metabolizer"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phased")
  void phasedVariantsAreCalledByGeneCopy(
      String rule,
      String first,
      String firstGenotype,
      String second,
      String secondGenotype,
      String diplotype,
      String activityScore,
      String phenotype) {
    SampleGenotypes.Builder sample = referenceSample();
    carry(sample, first, firstGenotype);
    carry(sample, second, secondGenotype);

    GeneCall call = CALLER.call(sample.build());

    assertThat(call.phased()).isTrue();
    assertThat(call.diplotypeNames()).containsExactly(diplotype);
    PhenotypeCall translated = translate(call.diplotypes().get(0));
    assertThat(translated.activityScore()).isEqualTo(activityScore);
    assertThat(translated.phenotype()).isEqualTo(phenotype);
  }

  static Stream<Arguments> hapB3() {
    // c.1236G>A is chr1:97573863 C>T, the causal c.1129-5923C>G is chr1:97579893 G>C.
    return Stream.of(
        Arguments.of("tag variant alone: not HapB3", "C/T", "G/G", "Reference/Reference"),
        Arguments.of("both variants: HapB3", "C/T", "G/C", "Reference/" + HAP_B3),
        Arguments.of(
            "causal variant, tag not called: the causal variant",
            null,
            "G/C",
            "Reference/c.1129-5923C>G"),
        Arguments.of(
            "tag variant, causal variant not called: HapB3", "C/T", null, "Reference/" + HAP_B3),
        Arguments.of(
            "tag on one copy only (phased): HapB3 on the copy with both",
            "T|T",
            "G|C",
            "Reference/" + HAP_B3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hapB3")
  void hapB3IsCalledByItsCausalVariant(String rule, String tag, String causal, String expected) {
    SampleGenotypes.Builder sample = SampleGenotypes.builder("S");
    for (DefinedPosition p : DPYD.positions()) {
      String gt =
          p.position() == 97573863
              ? tag
              : p.position() == 97579893 ? causal : p.ref() + "/" + p.ref();
      if (gt != null) {
        sample.call(p.chromosome(), p.position(), gt);
      }
    }

    GeneCall call = CALLER.call(sample.build());

    assertThat(call.diplotypeNames()).containsExactly(expected);
  }

  @Test
  void anUndocumentedAlleleIsReadAsReferenceWithANote() {
    SampleGenotypes.Builder sample = referenceSample();
    sample.call("chr1", 97450058, "C/G"); // *2A's position; G is not a defined allele

    GeneCall call = CALLER.call(sample.build());

    assertThat(call.diplotypeNames()).containsExactly("Reference/Reference");
    assertThat(call.notes()).anyMatch(n -> n.contains("read as the reference allele"));
  }

  @Test
  void phaseSetsOfUnknownOrientationGiveEveryArrangement() {
    SampleGenotypes.Builder sample = referenceSample();
    carry(sample, STAR_2A, "0|1");
    DefinedPosition c2846 = position(C2846);
    sample.call(
        c2846.chromosome(),
        c2846.position(),
        new org.gms.genomics.pgx.genotype.PositionGenotype(List.of(c2846.ref(), "A"), true, 99));

    GeneCall call = CALLER.call(sample.build());

    assertThat(call.diplotypeNames())
        .containsExactlyInAnyOrder(
            "Reference/[" + STAR_2A + " + " + C2846 + "]", STAR_2A + "/" + C2846);
  }

  private static DefinedPosition position(String alleleName) {
    NamedAllele allele =
        DPYD.alleles().stream().filter(a -> a.name().equals(alleleName)).findFirst().orElseThrow();
    for (int i = 0; i < allele.bases().size(); i++) {
      if (allele.bases().get(i) != null) {
        return DPYD.positions().get(i);
      }
    }
    throw new AssertionError(alleleName);
  }

  @Test
  void missingPositionsAreReportedAndTheRestIsCalled() {
    SampleGenotypes.Builder sample = SampleGenotypes.builder("S");
    DPYD.positions().stream()
        .skip(1)
        .forEach(p -> sample.call(p.chromosome(), p.position(), p.ref() + "/" + p.ref()));

    GeneCall call = CALLER.call(sample.build());

    assertThat(call.diplotypeNames()).containsExactly("Reference/Reference");
    assertThat(call.missingPositions()).containsExactly(DPYD.positions().get(0));
    assertThat(call.uncallableAlleles()).containsExactly("c.3067C>A");
    assertThat(call.missingPositionsEffect())
        .isEqualTo(
            "1 defined position has no call; c.3067C>A is defined only at missing positions and"
                + " cannot be detected: the call does not rule it out");
  }

  private static PhenotypeCall translate(Diplotype diplotype) {
    return GenePhenotyper.table(CPIC).translate(diplotype);
  }

  private static SampleGenotypes unphasedSample(Map<String, Integer> copies) {
    SampleGenotypes.Builder sample = referenceSample();
    copies.forEach((allele, n) -> carry(sample, allele, n == 1 ? "0/1" : "1/1"));
    return sample.build();
  }

  private static SampleGenotypes.Builder referenceSample() {
    SampleGenotypes.Builder sample = SampleGenotypes.builder("S");
    for (DefinedPosition p : DPYD.positions()) {
      sample.call(p.chromosome(), p.position(), p.ref() + "/" + p.ref());
    }
    return sample;
  }

  /** Sets the allele's variants with a GT pattern such as {@code 0/1} or {@code 1|0}. */
  private static void carry(SampleGenotypes.Builder sample, String alleleName, String gt) {
    NamedAllele allele =
        DPYD.alleles().stream().filter(a -> a.name().equals(alleleName)).findFirst().orElseThrow();
    for (int i = 0; i < allele.bases().size(); i++) {
      String base = allele.bases().get(i);
      if (base != null) {
        DefinedPosition p = DPYD.positions().get(i);
        char separator = gt.charAt(1);
        String first = gt.charAt(0) == '1' ? base : p.ref();
        String second = gt.charAt(2) == '1' ? base : p.ref();
        sample.call(p.chromosome(), p.position(), first + separator + second);
      }
    }
  }

  private static Arguments row(
      String rule, Map<String, Integer> copies, String activityScore, String... expected) {
    return Arguments.of(rule, copies, activityScore, Arrays.asList(expected));
  }
}
