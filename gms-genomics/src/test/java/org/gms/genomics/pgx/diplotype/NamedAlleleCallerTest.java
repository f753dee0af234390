package org.gms.genomics.pgx.diplotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.genotype.PositionGenotype;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matching rules on a toy gene with four positions (p1..p4 at 100..400). Each row gives the
 * sample's calls at p1..p4 ({@code -} = not called) and the expected diplotypes.
 */
class NamedAlleleCallerTest {

  //                                                   p1   p2   p3   p4
  private static final GeneDefinition TOY =
      TestGene.gene("TOY", "chr1")
          .position(100, "C", "T")
          .position(200, "A", "G")
          .position(300, "G", "A")
          .position(400, "T", "C")
          .allele("*1", "C", "A", "G", "T")
          .allele("*2", "T", null, null, null)
          .allele("*3", null, "G", null, null)
          .allele("*4", "T", "G", null, null)
          .allele("*5", null, null, "A", null)
          .allele("*6", null, "G", "A", null)
          .allele("*7", null, null, null, "C")
          .allele("*10", null, null, "R", "C")
          .build();

  static Stream<Arguments> rules() {
    return Stream.of(
        row("all reference", "C/C A/A G/G T/T", "*1/*1"),
        row("one heterozygous variant", "C/T A/A G/G T/T", "*1/*2"),
        row("homozygous variant", "T/T A/A G/G T/T", "*2/*2"),
        row(
            "unphased: the reference allele's full score beats two short alleles",
            "C/T A/G G/G T/T",
            "*1/*4"),
        row("phased in trans: each strand is its own allele", "T|C A|G G|G T|T", "*2/*3"),
        row("phased in cis", "T|C G|A G|G T|T", "*1/*4"),
        row(
            "unphased tie: *2/*6 and *4/*5 both explain three variants with score 3",
            "C/T A/G G/A T/T",
            "*2/*6",
            "*4/*5"),
        row(
            "missing p2: *2 and *4 can no longer be told apart, both reported",
            "C/T - G/G T/T",
            "*1/*2",
            "*1/*4"),
        row(
            "wobble R filled with the reference G explains no variant: *10 counts as *7, a tie",
            "C/C A/A G/G T/C",
            "*1/*7",
            "*1/*10"),
        row(
            "wobble R filled with the variant A counts: *10 beats *5 + *7",
            "C/C A/A G/A T/C",
            "*1/*10"),
        row(
            "phased: the wobble counts on the strand that carries the variant",
            "C|C A|A A|G C|T",
            "*1/*10"),
        row("haploid calls give one allele", "T A G T", "*2"),
        row("a haploid reference", "C A G T", "*1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void callsTheTopScoringDiplotypes(String rule, String calls, List<String> expected) {
    GeneCall call = GeneCaller.namedAlleles(TOY).call(sample(TOY, calls));

    assertThat(call.status()).isEqualTo(CallStatus.CALLED);
    assertThat(call.diplotypeNames()).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> uncalled() {
    return Stream.of(
        Arguments.of(
            "no allele carries both p1 and p3, so two homozygous variants have no match",
            "T/T A/A A/A T/T",
            CallStatus.NO_MATCH),
        Arguments.of(
            "an allele no definition uses", "C/A A/A G/G T/T", CallStatus.UNDOCUMENTED_VARIANT),
        Arguments.of("nothing called", "- - - -", CallStatus.NO_DATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uncalled")
  void saysWhyAGeneIsNotCalled(String rule, String calls, CallStatus status) {
    GeneCall call = GeneCaller.namedAlleles(TOY).call(sample(TOY, calls));

    assertThat(call.status()).isEqualTo(status);
    assertThat(call.callable()).isFalse();
    assertThat(call.diplotypes()).isEmpty();
    assertThat(call.reason()).isNotBlank();
  }

  @Test
  void reportsMissingPositionsAndTheAllelesTheyHide() {
    GeneCall call = GeneCaller.namedAlleles(TOY).call(sample(TOY, "C/C A/A G/G -"));

    assertThat(call.diplotypeNames()).containsExactly("*1/*1");
    assertThat(call.missingPositions()).extracting(DefinedPosition::position).containsExactly(400L);
    assertThat(call.uncallableAlleles()).containsExactly("*7");
  }

  @Test
  void reportsTheUndocumentedPosition() {
    GeneCall call = GeneCaller.namedAlleles(TOY).call(sample(TOY, "C/C A/A G/C T/T"));

    assertThat(call.undocumentedPositions())
        .extracting(DefinedPosition::position)
        .containsExactly(300L);
  }

  @ParameterizedTest(name = "phase sets {0} and {1}: phased {2}, {3}")
  @CsvSource({
    "1, 2, false, *1/*4", // in two phase sets: matched as unphased
    "7, 7, true,  *2/*3", // in one phase set: used as haplotypes
  })
  void phasedCallsAreUsedAsHaplotypesOnlyWithinOnePhaseSet(
      int firstSet, int secondSet, boolean phased, String diplotype) {
    SampleGenotypes sample =
        SampleGenotypes.builder("S")
            .call("chr1", 100, new PositionGenotype(List.of("T", "C"), true, firstSet))
            .call("chr1", 200, new PositionGenotype(List.of("A", "G"), true, secondSet))
            .call("chr1", 300, "G/G")
            .call("chr1", 400, "T/T")
            .build();

    GeneCall call = GeneCaller.namedAlleles(TOY).call(sample);

    assertThat(call.phased()).isEqualTo(phased);
    assertThat(call.diplotypeNames()).containsExactly(diplotype);
  }

  @Test
  void aCuratedPriorityPicksOneOfTiedUnphasedDiplotypesAndSaysSo() {
    GeneDefinition withPriority =
        TestGene.gene("TOY", "chr1")
            .position(100, "C", "T")
            .position(200, "A", "G")
            .position(300, "G", "A")
            .allele("*1", "C", "A", "G")
            .allele("*2", "T", null, null)
            .allele("*4", "T", "G", null)
            .allele("*5", null, null, "A")
            .allele("*6", null, "G", "A")
            .priority("*4/*5", "*2/*6", "*4/*5")
            .build();

    GeneCall call = GeneCaller.namedAlleles(withPriority).call(sample(withPriority, "C/T A/G G/A"));

    assertThat(call.diplotypeNames()).containsExactly("*4/*5");
    assertThat(call.notes()).singleElement().asString().contains("*2/*6", "*4/*5");
  }

  @Test
  void aMissingRequiredPositionStopsTheCall() {
    GeneDefinition requiring =
        TestGene.gene("REQ", "chr1")
            .position(100, "C", "T")
            .position(200, "A", "G")
            .allele("*1", "C", "A")
            .allele("*2", "T", null)
            .required(200)
            .build();

    GeneCall call = GeneCaller.namedAlleles(requiring).call(sample(requiring, "C/T -"));

    assertThat(call.status()).isEqualTo(CallStatus.MISSING_REQUIRED_POSITIONS);
    assertThat(call.reason()).contains("chr1:200");
  }

  @Test
  void subAllelesAreReportedUnderTheirCoreAllele() {
    GeneDefinition withSubAlleles =
        TestGene.gene("SUB", "chr1")
            .position(100, "C", "T")
            .position(200, "A", "G")
            .allele("*1", "C", "A")
            .allele("*45.001", "T", null)
            .allele("*45.002", "T", "R")
            .reportedAs("*45.001", "*45")
            .reportedAs("*45.002", "*45")
            .build();

    GeneCall call = GeneCaller.namedAlleles(withSubAlleles).call(sample(withSubAlleles, "C/T A/A"));

    assertThat(call.diplotypeNames()).containsExactly("*1/*45");
  }

  private static Arguments row(String rule, String calls, String... expected) {
    return Arguments.of(rule, calls, Arrays.asList(expected));
  }

  /** Calls at the gene's positions in order, separated by spaces; {@code -} is not called. */
  static SampleGenotypes sample(GeneDefinition gene, String calls) {
    String[] each = calls.split(" ");
    SampleGenotypes.Builder builder = SampleGenotypes.builder("S");
    for (int i = 0; i < each.length; i++) {
      if (!each[i].equals("-")) {
        DefinedPosition position = gene.positions().get(i);
        builder.call(position.chromosome(), position.position(), each[i]);
      }
    }
    return builder.build();
  }
}
