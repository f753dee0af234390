package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.Assessment;
import org.gms.genomics.interpretation.acmg.Evidence;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.acmg.Strength;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.gms.genomics.interpretation.inheritance.SegregationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tiers as a table, and the order within a tier. */
class CandidateRankerTest {

  private static final AcmgClassifier POINTS = AcmgClassifier.clinGenPoints2020();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                          | panel | modes | pattern                                   | fit      | evidence (pair: a + b)         | tier
          P de novo in a green AD gene                     | GREEN | AD    | DE_NOVO                                   | YES      | PVS1 PS2                       | TIER_1
          LP segregating AD in a green AD gene             | GREEN | AD    | AUTOSOMAL_DOMINANT                        | YES      | PVS1 PM2_Supporting            | TIER_1
          P but only POSSIBLE inheritance                  | GREEN | AD    | AUTOSOMAL_DOMINANT                        | POSSIBLE | PVS1 PS2                       | TIER_2
          VUS in a green gene                              | GREEN | AD    | DE_NOVO                                   | YES      | PM2_Supporting PP3             | TIER_2
          P in an amber gene                               | AMBER | AD    | DE_NOVO                                   | YES      | PVS1 PS2                       | TIER_2
          P in a green gene, mode not given by the panel   | GREEN | -     | AUTOSOMAL_DOMINANT                        | YES      | PVS1 PS2                       | TIER_1
          P het in a green AR gene (dominant pattern)      | GREEN | AR    | AUTOSOMAL_DOMINANT                        | YES      | PVS1 PS2                       | TIER_3
          compound het P + LP in a green AR gene           | GREEN | AR    | AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS | YES      | PVS1 PM2_Supporting PP4 + PVS1 PM2_Supporting | TIER_1
          compound het P + VUS: the weaker half decides    | GREEN | AR    | AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS | YES      | PVS1 PS2 + PM2_Supporting      | TIER_2
          P outside any panel                              | -     | -     | DE_NOVO                                   | YES      | PVS1 PS2                       | TIER_3
          likely benign in a green gene                    | GREEN | AD    | DE_NOVO                                   | YES      | BS1 BP4                        | UNTIERED
          """)
  void tiers(
      String name,
      String panel,
      String modes,
      SegregationPattern pattern,
      Fit fit,
      String evidence,
      Tier tier) {
    Candidate candidate = candidate(panel, modes, pattern, fit, evidence, OptionalDouble.empty());

    assertThat(CandidateRanker.tier(candidate)).isEqualTo(tier);
  }

  @Test
  void withinATierStrongerEvidenceRanksFirst() {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(deNovo(Fit.YES, "PM2_Supporting PP3", OptionalDouble.empty()));
    candidates.add(deNovo(Fit.YES, "PVS1 PS2", OptionalDouble.empty()));
    candidates.add(deNovo(Fit.YES, "PVS1 PM2_Supporting", OptionalDouble.empty()));

    List<RankedCandidate> ranked = new CandidateRanker().rank(candidates);

    assertThat(ranked)
        .extracting(r -> r.candidate().variants().get(0).classification().points())
        .containsExactly(12, 9, 2);
    assertThat(ranked).extracting(RankedCandidate::rank).containsExactly(1, 2, 3);
  }

  @Test
  void aPhenotypeMatchLiftsAVariantAboveABetterClassifiedOneWithoutIt() {
    Candidate strongVariantNoMatch =
        deNovo(Fit.YES, "PVS1 PM2_Supporting", OptionalDouble.of(0.05));
    Candidate weakerVariantGoodMatch =
        deNovo(Fit.YES, "PM6 PM2_Supporting PP3_Moderate", OptionalDouble.of(0.95));

    List<RankedCandidate> ranked =
        new CandidateRanker().rank(List.of(strongVariantNoMatch, weakerVariantGoodMatch));

    assertThat(ranked.get(0).candidate()).isSameAs(weakerVariantGoodMatch);
  }

  @Test
  void aPossibleFitHalvesTheScore() {
    Candidate yes = deNovo(Fit.YES, "PVS1 PS2", OptionalDouble.empty());
    Candidate possible = deNovo(Fit.POSSIBLE, "PVS1 PS2", OptionalDouble.empty());

    assertThat(CandidateRanker.score(possible)).isEqualTo(CandidateRanker.score(yes) / 2);
  }

  /**
   * The posterior probabilities of Tavtigian et al. 2018 at prior 0.1: 10 points (the pathogenic
   * threshold) is above 0.99, 6 points (likely pathogenic) 0.90, 0 points the prior.
   */
  @ParameterizedTest(name = "{0} -> posterior {1}")
  @CsvSource({"PVS1 PM1, 0.9941", "PS1 PM1, 0.9000", "PP1 BP4, 0.1000", "BS1 BS2, 0.0003"})
  void variantEvidenceIsThePosteriorOfThePoints(String evidence, double posterior) {
    assertThat(CandidateRanker.posterior(POINTS.classify(parse(evidence))))
        .isCloseTo(posterior, org.assertj.core.data.Offset.offset(0.0001));
  }

  /** A de novo candidate off any panel and mode, with the evidence and the phenotype match. */
  private static Candidate deNovo(Fit fit, String evidence, OptionalDouble phenotype) {
    return candidate("-", "-", SegregationPattern.DE_NOVO, fit, evidence, phenotype);
  }

  private static Candidate candidate(
      String panel,
      String modes,
      SegregationPattern pattern,
      Fit fit,
      String evidence,
      OptionalDouble phenotype) {
    TrioCase trio = new TrioCase();
    List<ClassifiedVariant> variants = new ArrayList<>();
    long position = 1000;
    for (String labels : evidence.split("\\+")) {
      CandidateVariant variant =
          trio.variant("1", position++, "C", "T", "GENE", "0/1", "0/0", "0/0")
              .consequences("missense_variant")
              .build();
      List<Evidence> list = parse(labels);
      variants.add(
          new ClassifiedVariant(variant, new Assessment(list, List.of()), POINTS.classify(list)));
    }
    Optional<PanelGene> panelGene =
        panel.equals("-")
            ? Optional.empty()
            : Optional.of(PanelGene.of("GENE", PanelConfidence.valueOf(panel), modes(modes)));
    return new Candidate(
        "GENE", variants, new SegregationResult(pattern, fit, "table"), panelGene, phenotype);
  }

  private static Set<InheritanceMode> modes(String modes) {
    Set<InheritanceMode> set = EnumSet.noneOf(InheritanceMode.class);
    if (modes.contains("AD")) {
      set.add(InheritanceMode.AUTOSOMAL_DOMINANT);
    }
    if (modes.contains("AR")) {
      set.add(InheritanceMode.AUTOSOMAL_RECESSIVE);
    }
    return set;
  }

  private static List<Evidence> parse(String labels) {
    List<Evidence> evidence = new ArrayList<>();
    for (String label : labels.strip().split("\\s+")) {
      String[] parts = label.split("_", 2);
      EvidenceCode code = EvidenceCode.valueOf(parts[0]);
      Strength strength =
          parts.length == 1
              ? code.defaultStrength()
              : java.util.Arrays.stream(Strength.values())
                  .filter(s -> s.label().equals(parts[1]))
                  .findFirst()
                  .orElseThrow();
      evidence.add(new Evidence(code, strength, "table"));
    }
    return evidence;
  }
}
