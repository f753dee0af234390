package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.acmg.HaplotypeEffect;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proband's phase decides compound heterozygosity without the parents (two variants on the same
 * haplotype are not compound heterozygous; on different haplotypes of one phase set they are,
 * confirmed; unphased stays possible), and the classification of each half reads the joint effect
 * of its haplotype: a frameshift whose frame a partner in cis restores is not a null variant.
 */
class PhasedInterpretationTest {

  private static final GenePanel PANEL =
      new GenePanel(
          "recessive test panel",
          "1.0",
          List.of(
              new PanelGene(
                  "PAH",
                  PanelConfidence.GREEN,
                  Set.of(InheritanceMode.AUTOSOMAL_RECESSIVE),
                  Optional.of(true))));
  private static final PopulationFrequency ABSENT = PopulationFrequency.absentFrom("gnomAD v4.1");

  private final TrioCase proband = new TrioCase(List.of("kid"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          # rule                                               ; nonsense ; missense ; pair     ; missense PM3
          phased on different haplotypes: trans, confirmed    ; 0|1@7    ; 1|0@7    ; YES      ; PM3
          phased on the same haplotype: cis, not a pair       ; 0|1@7    ; 0|1@7    ; none     ; none
          unphased: phase unknown, possible                   ; 0/1      ; 0/1      ; POSSIBLE ; PM3_Supporting
          phased in different phase sets: unknown, possible   ; 0|1@7    ; 1|0@8    ; POSSIBLE ; PM3_Supporting
          """)
  void theProbandsPhaseDecidesCompoundHeterozygosity(
      String rule, String nonsense, String missense, String pair, String pm3) {
    proband.add(
        proband
            .variant("12", 102_846_000, "G", "A", "PAH", nonsense)
            .hgvs("NM_000277.3:c.1066G>T", "p.(Glu356Ter)")
            .consequences("stop_gained")
            .exon("10/13")
            .frequency(ABSENT));
    proband.add(
        proband
            .variant("12", 102_866_000, "C", "T", "PAH", missense)
            .hgvs("NM_000277.3:c.782G>A", "p.(Arg261Gln)")
            .consequences("missense_variant")
            .frequency(ABSENT)
            .score(Predictor.REVEL, 0.80));

    InterpretationResult result = interpret();

    Optional<RankedCandidate> compound = compoundHeterozygote(result);
    assertThat(compound.map(c -> c.candidate().inheritance().fit().name()).orElse("none"))
        .as(rule)
        .isEqualTo(pair);
    if (pair.equals("YES")) {
      assertThat(compound.orElseThrow().candidate().inheritance().reason())
          .isEqualTo("in trans: on different haplotypes in the proband (phase set 7)");
    }
    assertThat(pm3(result, "p.(Arg261Gln)")).as(rule).isEqualTo(pm3);
  }

  /**
   * Two frameshifts in cis whose frame is restored (an in-frame deletion together), and a missense
   * change on the other copy: each frameshift pairs with the missense in trans, not with each
   * other, and neither gets PVS1; the missense's PM3 counts them as the VUS they now are.
   */
  @Test
  void aFrameRestoredInCisIsNeitherNullNorAPair() {
    SequenceVariant deletion = SequenceVariant.of("12", 102_846_000, "GACGA", "G");
    SequenceVariant insertion = SequenceVariant.of("12", 102_846_009, "C", "CT");
    proband.add(frameshift(deletion, "c.1066_1069del").withHaplotype(restored(insertion)));
    proband.add(frameshift(insertion, "c.1075dup").withHaplotype(restored(deletion)));
    proband.add(
        proband
            .variant("12", 102_866_000, "C", "T", "PAH", "1|0@7")
            .hgvs("NM_000277.3:c.782G>A", "p.(Arg261Gln)")
            .consequences("missense_variant")
            .frequency(ABSENT)
            .score(Predictor.REVEL, 0.80));

    InterpretationResult result = interpret();

    List<RankedCandidate> pairs =
        result.candidates().stream()
            .filter(
                c ->
                    c.candidate().inheritance().pattern()
                        == SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS)
            .toList();
    assertThat(pairs).hasSize(2);
    assertThat(pairs)
        .allSatisfy(
            p -> {
              assertThat(p.candidate().inheritance().fit()).isEqualTo(Fit.YES);
              assertThat(p.candidate().variants())
                  .extracting(v -> v.candidate().hgvsp())
                  .contains("p.(Arg261Gln)");
            });
    List<ClassifiedVariant> frameshifts =
        result.candidates().stream()
            .flatMap(c -> c.candidate().variants().stream())
            .filter(v -> v.candidate().consequences().contains("frameshift_variant"))
            .toList();
    assertThat(frameshifts).isNotEmpty();
    assertThat(frameshifts)
        .allSatisfy(
            v -> {
              assertThat(v.classification().evidence())
                  .extracting(e -> e.code())
                  .doesNotContain(EvidenceCode.PVS1)
                  .contains(EvidenceCode.PM4);
              assertThat(v.assessment().notApplied())
                  .filteredOn(n -> n.code() == EvidenceCode.PVS1)
                  .singleElement()
                  .satisfies(
                      n ->
                          assertThat(n.reason())
                              .contains("but the frame is restored by a ")
                              .contains("on the same haplotype (PS=7)"));
            });
    assertThat(pm3(result, "p.(Arg261Gln)")).isEqualTo("none");
    assertThat(result.candidates())
        .flatExtracting(RankedCandidate::explanation)
        .anyMatch(line -> line.startsWith("  Haplotype: frameshift_variant alone, but the frame"));
  }

  private CandidateVariant frameshift(SequenceVariant variant, String hgvsc) {
    return proband
        .variant(variant.contig(), variant.position(), variant.ref(), variant.alt(), "PAH", "0|1@7")
        .hgvs("NM_000277.3:" + hgvsc, "p.(Asp356fs)")
        .consequences("frameshift_variant")
        .exon("10/13")
        .frequency(ABSENT)
        .build();
  }

  private static HaplotypeEffect restored(SequenceVariant partner) {
    return new HaplotypeEffect(
        Set.of("inframe_deletion"), "356DE>356G", true, List.of(partner), "7");
  }

  private InterpretationResult interpret() {
    return RareDiseaseInterpreter.withDefaults()
        .interpret(
            Family.of(TrioCase.PEDIGREE, "F", List.of("kid")),
            proband.variants(),
            GeneScope.panel(PANEL, false),
            PhenotypeScores.of(Map.of("PAH", 0.85))); // PP4: the nonsense change is P
  }

  private static Optional<RankedCandidate> compoundHeterozygote(InterpretationResult result) {
    return result.candidates().stream()
        .filter(
            c ->
                c.candidate().inheritance().pattern()
                    == SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS)
        .findFirst();
  }

  /** The PM3 label the variant with this protein change gets where it is best classified. */
  private static String pm3(InterpretationResult result, String hgvsp) {
    return result.candidates().stream()
        .flatMap(c -> c.candidate().variants().stream())
        .filter(v -> hgvsp.equals(v.candidate().hgvsp()))
        .flatMap(v -> v.classification().evidence().stream())
        .filter(e -> e.code() == EvidenceCode.PM3)
        .map(e -> e.label())
        .findFirst()
        .orElse("none");
  }
}
