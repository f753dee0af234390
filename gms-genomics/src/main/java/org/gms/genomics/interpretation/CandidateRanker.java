package org.gms.genomics.interpretation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.Classification;
import org.gms.genomics.interpretation.acmg.Evidence;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.inheritance.Fit;

/**
 * Orders candidates by tier, then by a combined score of variant evidence, inheritance fit and
 * phenotype match, and explains each.
 *
 * <p>Variant evidence is the posterior probability of pathogenicity of the ACMG points in the
 * Bayesian framework of Tavtigian et al. 2018 (prior 0.10, odds of pathogenicity 350 per 8 points);
 * BA1 gives 0. A pair counts its weaker variant. The inheritance fit weighs 1 for YES and 0.5 for
 * POSSIBLE. With a phenotype score the combined score is fit x (variant + phenotype) / 2, without
 * one fit x variant.
 */
public final class CandidateRanker {

  private static final double PRIOR = 0.10;
  private static final double ODDS_VERY_STRONG = 350;

  public List<RankedCandidate> rank(Collection<Candidate> candidates) {
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparing(CandidateRanker::tier)
            .thenComparing(Comparator.comparingDouble(CandidateRanker::score).reversed())
            .thenComparing(Candidate::gene)
            .thenComparing(c -> c.variants().get(0).candidate().variant().toString()));
    List<RankedCandidate> ranked = new ArrayList<>();
    for (Candidate candidate : ordered) {
      Tier tier = tier(candidate);
      ranked.add(
          new RankedCandidate(
              ranked.size() + 1, tier, score(candidate), candidate, explain(candidate, tier)));
    }
    return ranked;
  }

  /** The tier: see {@link Tier} for the rules. */
  public static Tier tier(Candidate candidate) {
    AcmgClass weakest = candidate.weakestClass();
    if (weakest == AcmgClass.LIKELY_BENIGN || weakest == AcmgClass.BENIGN) {
      return Tier.UNTIERED;
    }
    if (candidate.panelGene().isEmpty() || !candidate.modeMatchesPanel().orElse(true)) {
      return Tier.TIER_3;
    }
    boolean green = candidate.panelGene().get().confidence() == PanelConfidence.GREEN;
    if (green && candidate.inheritance().fit() == Fit.YES && weakest.atLeastLikelyPathogenic()) {
      return Tier.TIER_1;
    }
    return Tier.TIER_2;
  }

  /** The combined score, 0 to 1. */
  public static double score(Candidate candidate) {
    double variant =
        candidate.variants().stream()
            .mapToDouble(v -> posterior(v.classification()))
            .min()
            .orElseThrow();
    double fit = candidate.inheritance().fit() == Fit.YES ? 1.0 : 0.5;
    return candidate.phenotypeScore().isPresent()
        ? fit * (variant + candidate.phenotypeScore().getAsDouble()) / 2
        : fit * variant;
  }

  /** Posterior probability of pathogenicity for the classification's points. */
  static double posterior(Classification classification) {
    boolean standAloneBenign =
        classification.evidence().stream().anyMatch(e -> e.code() == EvidenceCode.BA1);
    if (standAloneBenign) {
      return 0;
    }
    double odds = Math.pow(ODDS_VERY_STRONG, classification.points() / 8.0);
    return odds * PRIOR / ((odds - 1) * PRIOR + 1);
  }

  private static List<String> explain(Candidate candidate, Tier tier) {
    List<String> lines = new ArrayList<>();
    lines.add(
        tier == Tier.UNTIERED
            ? "Untiered: " + tier.rule()
            : "Tier " + tier.name().substring(5) + ": " + tier.rule());
    lines.add("Gene " + candidate.gene() + ": " + panelText(candidate));
    lines.add(
        "Inheritance "
            + candidate.inheritance().pattern()
            + " "
            + candidate.inheritance().fit()
            + ": "
            + candidate.inheritance().reason());
    for (ClassifiedVariant variant : candidate.variants()) {
      Classification c = variant.classification();
      lines.add(
          variant.candidate().describe()
              + " ["
              + String.join(", ", variant.candidate().consequences().stream().sorted().toList())
              + "]");
      if (variant.candidate().haplotype() != null) {
        lines.add(
            "  Haplotype: "
                + variant.candidate().haplotype().reason(variant.candidate().consequences()));
      }
      lines.add(
          "  ACMG "
              + c.acmgClass().abbreviation()
              + " by "
              + c.guideline()
              + " ("
              + c.rule()
              + ")"
              + (c.evidence().isEmpty() ? "; no evidence codes apply" : ":"));
      for (Evidence evidence : c.evidence()) {
        lines.add("    " + evidence.label() + ": " + evidence.reason());
      }
      if (variant.candidate().reported() != null) {
        lines.add("  Reported: " + variant.candidate().reported());
      }
    }
    lines.add(
        candidate.phenotypeScore().isPresent()
            ? String.format(
                Locale.ROOT,
                "Phenotype score %.2f for %s",
                candidate.phenotypeScore().getAsDouble(),
                candidate.gene())
            : "No phenotype score for " + candidate.gene());
    lines.add(String.format(Locale.ROOT, "Combined score %.3f", score(candidate)));
    return lines;
  }

  private static String panelText(Candidate candidate) {
    if (candidate.panelGene().isEmpty()) {
      return "not on an applied panel";
    }
    PanelGene gene = candidate.panelGene().get();
    String modes =
        gene.modes().isEmpty()
            ? "mode of inheritance not given"
            : gene.modes().stream().map(Enum::name).sorted().collect(Collectors.joining("/"));
    String match =
        candidate
            .modeMatchesPanel()
            .map(
                m ->
                    m
                        ? ", matches " + candidate.inheritance().pattern()
                        : ", does not match " + candidate.inheritance().pattern())
            .orElse("");
    return gene.confidence().name().toLowerCase(Locale.ROOT) + " panel gene, " + modes + match;
  }
}
