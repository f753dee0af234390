package org.gms.genomics.interpretation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.interpretation.acmg.TransObservation;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.ParentageCheck;
import org.gms.genomics.interpretation.inheritance.SegregationAnalysis;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.gms.genomics.interpretation.inheritance.SegregationResult;

/**
 * Interprets one family's candidate variants: filters (quality, population frequency, consequence,
 * gene panel, inheritance), ACMG evidence and class (in two passes, so that PM3 can use the class
 * of the variant in trans), and the ranked, tiered candidates.
 */
public final class RareDiseaseInterpreter {

  private record Pair(CandidateVariant first, CandidateVariant second, SegregationResult result) {}

  private final InterpretationSettings settings;
  private final GeneConstraints constraints;

  public RareDiseaseInterpreter(InterpretationSettings settings, GeneConstraints constraints) {
    this.settings = settings;
    this.constraints = constraints;
  }

  /** Default settings and the bundled gnomAD constraint. */
  public static RareDiseaseInterpreter withDefaults() {
    return new RareDiseaseInterpreter(InterpretationSettings.defaults(), GeneConstraints.bundled());
  }

  public InterpretationResult interpret(
      Family family, List<CandidateVariant> input, GeneScope scope, PhenotypeScores phenotypes) {
    String proband = family.proband().id();
    ParentageCheck parentage = ParentageCheck.of(family, distinctAlleles(input));
    CandidateFilters filters = new CandidateFilters(settings.filters(), proband);
    List<FilterStep> funnel = new ArrayList<>();
    List<CandidateVariant> kept = input;
    kept = step("quality", kept, filters::quality, funnel);
    kept = step("population frequency", kept, filters::frequency, funnel);
    kept = step("consequence", kept, filters::consequence, funnel);
    kept = step("gene scope", kept, c -> filters.scope(c, scope), funnel);

    SegregationAnalysis analysis = new SegregationAnalysis(family, settings.deNovo());
    Map<CandidateVariant, List<SegregationResult>> segregation = new IdentityHashMap<>();
    for (CandidateVariant candidate : kept) {
      segregation.put(candidate, segregate(analysis, candidate, filters));
    }
    List<Pair> pairs = pairs(analysis, kept);
    Set<CandidateVariant> paired = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    pairs.forEach(
        p -> {
          paired.add(p.first());
          paired.add(p.second());
        });
    kept =
        step(
            "inheritance",
            kept,
            c ->
                paired.contains(c) || segregation.get(c).stream().anyMatch(r -> r.fit() != Fit.NO)
                    ? Optional.empty()
                    : Optional.of(noFit(segregation.get(c))),
            funnel);

    EvidenceStage evidence =
        new EvidenceStage(settings, constraints, parentage, scope, phenotypes, analysis);
    Map<CandidateVariant, ClassifiedVariant> classified = new IdentityHashMap<>();
    for (CandidateVariant candidate : kept) {
      classified.put(
          candidate, evidence.classify(candidate, segregation.get(candidate), List.of()));
    }
    Map<CandidateVariant, List<TransObservation>> partners = new IdentityHashMap<>();
    for (Pair pair : pairs) {
      boolean trans = pair.result().fit() == Fit.YES;
      partners
          .computeIfAbsent(pair.first(), c -> new ArrayList<>())
          .add(
              new TransObservation(
                  classified.get(pair.second()).classification().acmgClass(), trans));
      partners
          .computeIfAbsent(pair.second(), c -> new ArrayList<>())
          .add(
              new TransObservation(
                  classified.get(pair.first()).classification().acmgClass(), trans));
    }
    partners.forEach(
        (candidate, observations) ->
            classified.put(
                candidate, evidence.classify(candidate, segregation.get(candidate), observations)));

    List<Candidate> candidates = new ArrayList<>();
    for (CandidateVariant candidate : kept) {
      best(segregation.get(candidate), scope.panelGene(candidate.gene()))
          .ifPresent(
              result ->
                  candidates.add(
                      new Candidate(
                          candidate.gene(),
                          List.of(classified.get(candidate)),
                          result,
                          scope.panelGene(candidate.gene()),
                          phenotypes.score(candidate.gene()))));
    }
    for (Pair pair : pairs) {
      candidates.add(
          new Candidate(
              pair.first().gene(),
              List.of(classified.get(pair.first()), classified.get(pair.second())),
              pair.result(),
              scope.panelGene(pair.first().gene()),
              phenotypes.score(pair.first().gene())));
    }
    return new InterpretationResult(
        proband,
        scope.describe(),
        settings.classifier().guideline(),
        input.size(),
        funnel,
        parentage,
        new CandidateRanker().rank(candidates));
  }

  /** The single-variant patterns, dominant-type ones failing when the allele is too common. */
  private List<SegregationResult> segregate(
      SegregationAnalysis analysis, CandidateVariant candidate, CandidateFilters filters) {
    List<SegregationResult> results = new ArrayList<>();
    for (SegregationResult result : analysis.evaluateAll(candidate.family())) {
      boolean dominantType = result.pattern() != SegregationPattern.AUTOSOMAL_RECESSIVE_HOMOZYGOUS;
      if (dominantType && result.fit() != Fit.NO && !filters.rareEnoughForDominant(candidate)) {
        results.add(
            new SegregationResult(
                result.pattern(),
                Fit.NO,
                "allele frequency above "
                    + settings.filters().maximumFrequencyDominant()
                    + " for a dominant-type pattern"));
      } else {
        results.add(result);
      }
    }
    return results;
  }

  /** Pairs of heterozygous variants in one gene that may be compound heterozygous. */
  private static List<Pair> pairs(SegregationAnalysis analysis, List<CandidateVariant> kept) {
    Map<String, List<CandidateVariant>> byGene = new LinkedHashMap<>();
    String proband = analysis.family().proband().id();
    for (CandidateVariant candidate : kept) {
      boolean heterozygous =
          candidate.family().call(proband).map(c -> c.isHeterozygous()).orElse(false);
      if (heterozygous && candidate.family().chromosome().diploidInBothSexes()) {
        byGene.computeIfAbsent(candidate.gene(), g -> new ArrayList<>()).add(candidate);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (List<CandidateVariant> gene : byGene.values()) {
      for (int i = 0; i < gene.size(); i++) {
        for (int j = i + 1; j < gene.size(); j++) {
          CandidateVariant a = gene.get(i);
          CandidateVariant b = gene.get(j);
          if (a.variant().equals(b.variant())) {
            continue; // the same allele on two transcripts
          }
          SegregationResult result = analysis.compoundHeterozygous(a.family(), b.family());
          if (result.fit() != Fit.NO) {
            pairs.add(new Pair(a, b, result));
          }
        }
      }
    }
    return pairs;
  }

  /**
   * The pattern to rank a single variant under: one the panel gives the gene first, then YES before
   * POSSIBLE, then the order of {@link SegregationPattern} (de novo first).
   */
  private static Optional<SegregationResult> best(
      List<SegregationResult> results, Optional<PanelGene> panelGene) {
    return results.stream()
        .filter(r -> r.fit() != Fit.NO)
        .min(
            Comparator.comparing(
                    (SegregationResult r) ->
                        panelGene.isEmpty()
                                || panelGene.get().modes().isEmpty()
                                || panelGene.get().modes().stream()
                                    .anyMatch(m -> r.pattern().fits(m))
                            ? 0
                            : 1)
                .thenComparing(SegregationResult::fit)
                .thenComparing(SegregationResult::pattern));
  }

  private static String noFit(List<SegregationResult> results) {
    return results.isEmpty()
        ? "no mode of inheritance applies to this chromosome"
        : "no pattern fits: "
            + String.join("; ", results.stream().map(r -> r.pattern() + " " + r.reason()).toList());
  }

  private static List<CandidateVariant> step(
      String name,
      List<CandidateVariant> candidates,
      Function<CandidateVariant, Optional<String>> failure,
      List<FilterStep> funnel) {
    List<CandidateVariant> kept = new ArrayList<>();
    String example = null;
    for (CandidateVariant candidate : candidates) {
      Optional<String> reason = failure.apply(candidate);
      if (reason.isEmpty()) {
        kept.add(candidate);
      } else if (example == null) {
        example = candidate.describe() + ": " + reason.get();
      }
    }
    funnel.add(new FilterStep(name, kept.size(), candidates.size() - kept.size(), example));
    return kept;
  }

  private static List<FamilyVariant> distinctAlleles(List<CandidateVariant> input) {
    Set<String> seen = new LinkedHashSet<>();
    List<FamilyVariant> alleles = new ArrayList<>();
    for (CandidateVariant candidate : input) {
      if (seen.add(candidate.family().id())) {
        alleles.add(candidate.family());
      }
    }
    return alleles;
  }
}
