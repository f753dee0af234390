package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trio (affected son) with one variant of each kind the filters and tiers tell apart, on a small
 * panel: NIPBL (green, AD), PAH (green, AR, loss of function causes disease), MYH7 (green, AD).
 */
class RareDiseaseInterpreterTest {

  private static final GenePanel PANEL =
      new GenePanel(
          "Test indication",
          "1.0",
          List.of(
              PanelGene.of(
                  "NIPBL", PanelConfidence.GREEN, Set.of(InheritanceMode.AUTOSOMAL_DOMINANT)),
              new PanelGene(
                  "PAH",
                  PanelConfidence.GREEN,
                  Set.of(InheritanceMode.AUTOSOMAL_RECESSIVE),
                  Optional.of(true)),
              PanelGene.of(
                  "MYH7", PanelConfidence.GREEN, Set.of(InheritanceMode.AUTOSOMAL_DOMINANT))));
  private static final PhenotypeScores PHENOTYPE =
      PhenotypeScores.of(Map.of("NIPBL", 0.9, "PAH", 0.85));
  private static final PopulationFrequency ABSENT = PopulationFrequency.absentFrom("gnomAD v4.1");

  private final TrioCase trio = new TrioCase();

  @BeforeEach
  void family() {
    for (int i = 0; i < 150; i++) { // common inherited background variants: Mendelian-consistent
      String[][] genotypes = {{"0/1", "0/1", "0/0"}, {"1/1", "0/1", "0/1"}, {"0/1", "0/0", "1/1"}};
      String[] gt = genotypes[i % 3];
      trio.add(
          trio.variant("2", 1_000_000 + 100L * i, "A", "G", "BG", gt)
              .consequences("intron_variant")
              .frequency(PopulationFrequency.of("gnomAD v4.1", 0.3)));
    }
    trio.add( // de novo nonsense in NIPBL
        trio.variant("5", 36_953_700, "C", "T", "NIPBL", "0/1", "0/0", "0/0")
            .hgvs("NM_133433.4:c.2479C>T", "NP_597677.2:p.(Arg827Ter)")
            .consequences("stop_gained")
            .exon("10/47")
            .frequency(ABSENT));
    trio.add( // PAH nonsense from the father
        trio.variant("12", 102_846_000, "G", "A", "PAH", "0/1", "0/1", "0/0")
            .hgvs("NM_000277.3:c.1066G>T", "p.(Glu356Ter)")
            .consequences("stop_gained")
            .exon("10/13")
            .frequency(ABSENT));
    trio.add( // PAH missense from the mother
        trio.variant("12", 102_866_000, "C", "T", "PAH", "0/1", "0/0", "0/1")
            .hgvs("NM_000277.3:c.782G>A", "p.(Arg261Gln)")
            .consequences("missense_variant")
            .frequency(ABSENT)
            .score(Predictor.REVEL, 0.80));
    trio.add( // inherited from the unaffected father: does not segregate with a dominant disease
        trio.variant("14", 23_400_000, "G", "A", "MYH7", "0/1", "0/1", "0/0")
            .consequences("missense_variant")
            .frequency(ABSENT));
    trio.add( // too common
        trio.variant("5", 36_960_000, "A", "G", "NIPBL", "0/1", "0/0", "0/1")
            .consequences("missense_variant")
            .frequency(PopulationFrequency.of("gnomAD v4.1", 0.03)));
    trio.add( // failed the caller's filters
        trio.variant("5", 36_961_000, "A", "C", "NIPBL", "0/1", "0/0", "0/0")
            .consequences("missense_variant")
            .filters(false, OptionalDouble.of(12))
            .frequency(ABSENT));
    trio.add( // synonymous, no splicing prediction
        trio.variant("5", 36_962_000, "C", "T", "NIPBL", "0/1", "0/0", "0/0")
            .consequences("synonymous_variant")
            .frequency(ABSENT));
    trio.add( // de novo missense outside the panel
        trio.variant("12", 49_020_000, "C", "T", "KMT2D", "0/1", "0/0", "0/0")
            .consequences("missense_variant")
            .frequency(ABSENT)
            .score(Predictor.REVEL, 0.95));
  }

  @Test
  void theFunnelRemovesEachKindAtItsFilter() {
    InterpretationResult result = interpret(GeneScope.panel(PANEL, false));

    assertThat(result.input()).isEqualTo(158);
    assertThat(result.funnel())
        .extracting(FilterStep::filter, FilterStep::kept, FilterStep::removed)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("quality", 157, 1),
            org.assertj.core.api.Assertions.tuple("population frequency", 6, 151),
            org.assertj.core.api.Assertions.tuple("consequence", 5, 1),
            org.assertj.core.api.Assertions.tuple("gene scope", 4, 1),
            org.assertj.core.api.Assertions.tuple("inheritance", 3, 1));
    assertThat(result.funnel().get(4).example()).contains("MYH7").doesNotContain("NIPBL");
    assertThat(result.parentage().confirmed()).isTrue();
    assertThat(result.parentage().inconsistent()).isEqualTo(4); // the four with de novo genotypes
  }

  @Test
  void aConfirmedDeNovoNonsenseInAGreenGeneIsTier1AndFirst() {
    InterpretationResult result = interpret(GeneScope.panel(PANEL, false));

    RankedCandidate first = result.candidates().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.tier()).isEqualTo(Tier.TIER_1);
    assertThat(first.candidate().gene()).isEqualTo("NIPBL");
    assertThat(first.candidate().inheritance().pattern()).isEqualTo(SegregationPattern.DE_NOVO);
    assertThat(first.candidate().variants().get(0).classification().codes())
        .isEqualTo("PVS1, PS2, PM2_Supporting, PP4");
    assertThat(first.candidate().weakestClass()).isEqualTo(AcmgClass.PATHOGENIC);
    assertThat(first.explanation())
        .contains(
            "Tier 1: P or LP, in a green panel gene, segregating (YES) as a mode of inheritance the"
                + " panel gives the gene",
            "Gene NIPBL: green panel gene, AUTOSOMAL_DOMINANT, matches DE_NOVO")
        .anyMatch(
            line ->
                line.startsWith(
                    "    PS2: de novo with both parents sequenced; phenotype highly specific"));
  }

  @Test
  void theCompoundHeterozygousPairIsOneCandidateWithPm3FromItsPartner() {
    InterpretationResult result = interpret(GeneScope.panel(PANEL, false));

    assertThat(result.candidates()).hasSize(2);
    RankedCandidate pair = result.candidates().get(1);
    assertThat(pair.candidate().gene()).isEqualTo("PAH");
    assertThat(pair.candidate().inheritance().pattern())
        .isEqualTo(SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS);
    assertThat(pair.candidate().inheritance().fit()).isEqualTo(Fit.YES);
    ClassifiedVariant nonsense = pair.candidate().variants().get(0);
    ClassifiedVariant missense = pair.candidate().variants().get(1);
    // nonsense: PVS1 (panel: LoF causes disease) + PM2_Supporting + PP4 = 10 -> P
    assertThat(nonsense.classification().codes()).isEqualTo("PVS1, PM2_Supporting, PP4");
    assertThat(nonsense.classification().acmgClass()).isEqualTo(AcmgClass.PATHOGENIC);
    // missense: in trans with the P nonsense -> PM3 (1 point: moderate); PP3_Moderate; PP4
    assertThat(missense.classification().codes())
        .isEqualTo("PM2_Supporting, PM3, PP3_Moderate, PP4");
    assertThat(missense.classification().acmgClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
    assertThat(pair.tier()).isEqualTo(Tier.TIER_1);
  }

  @Test
  void bothCandidatesAreTier1() {
    InterpretationResult result = interpret(GeneScope.panel(PANEL, false));

    assertThat(result.tier(Tier.TIER_1))
        .extracting(c -> c.candidate().gene())
        .containsExactly("NIPBL", "PAH");
    assertThat(result.tier(Tier.TIER_2)).isEmpty();
  }

  @Test
  void aCommonerAlleleWithinTheRecessiveLimitCanOnlyBeARecessiveHalfAndIsLikelyBenign() {
    InterpretationSettings settings =
        InterpretationSettings.defaults()
            .withFilters(FilterSettings.defaults().withMaximumFrequencies(0.001, 0.05));

    InterpretationResult result =
        new RareDiseaseInterpreter(settings, org.gms.genomics.constraint.GeneConstraints.bundled())
            .interpret(
                TrioCase.family(), trio.variants(), GeneScope.panel(PANEL, false), PHENOTYPE);

    assertThat(result.funnel().get(1).removed()).isEqualTo(150); // the 3% NIPBL missense now passes
    RankedCandidate pair =
        result.candidates().stream()
            .filter(
                c -> c.candidate().gene().equals("NIPBL") && c.candidate().variants().size() == 2)
            .findFirst()
            .orElseThrow();
    // too common for a dominant pattern, it pairs with the de novo nonsense (phase unknown) ...
    assertThat(pair.candidate().inheritance().fit()).isEqualTo(Fit.POSSIBLE);
    // ... but at 3% it meets BS1 (above 1%) and is likely benign, so the pair is untiered and last
    assertThat(pair.candidate().variants().get(1).classification().codes()).contains("BS1");
    assertThat(pair.candidate().weakestClass()).isEqualTo(AcmgClass.LIKELY_BENIGN);
    assertThat(pair.tier()).isEqualTo(Tier.UNTIERED);
    assertThat(result.candidates())
        .extracting(RankedCandidate::tier)
        .containsExactly(Tier.TIER_1, Tier.TIER_1, Tier.UNTIERED);
  }

  @Test
  void geneAgnosticKeepsTheOffPanelDeNovoInTier3() {
    InterpretationResult result = interpret(GeneScope.geneAgnostic());

    assertThat(result.candidates()).extracting(c -> c.candidate().gene()).contains("KMT2D");
    assertThat(result.candidates()).allMatch(c -> c.tier() == Tier.TIER_3);
    assertThat(result.candidates().get(0).candidate().gene()).isEqualTo("NIPBL");
  }

  @Test
  void bothGuidelineVersionsClassifyTheSameEvidence() {
    InterpretationResult by2015 =
        new RareDiseaseInterpreter(
                InterpretationSettings.defaults().withClassifier(AcmgClassifier.acmg2015()),
                org.gms.genomics.constraint.GeneConstraints.bundled())
            .interpret(
                TrioCase.family(), trio.variants(), GeneScope.panel(PANEL, false), PHENOTYPE);

    assertThat(by2015.guideline()).isEqualTo("ACMG/AMP 2015 (Richards et al., Table 5)");
    ClassifiedVariant missense = by2015.candidates().get(1).candidate().variants().get(1);
    // PM3 + PM2_Supporting + PP3_Moderate + PP4: 2 moderate and 2 supporting -> LP (v)
    assertThat(missense.classification().rule()).startsWith("Likely pathogenic (v)");
  }

  private InterpretationResult interpret(GeneScope scope) {
    return RareDiseaseInterpreter.withDefaults()
        .interpret(TrioCase.family(), trio.variants(), scope, PHENOTYPE);
  }
}
