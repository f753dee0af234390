package org.gms.genomics.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.Consequence;
import org.gms.genomics.annotation.JointEffect;
import org.gms.genomics.annotation.PhasedHaplotypes;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.acmg.HaplotypeEffect;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.interpretation.inheritance.SampleCall;
import org.gms.genomics.variant.SequenceVariant;

/**
 * The proband's phased alleles, collected while a VCF is read, and the joint effect of each
 * haplotype given to the candidates it changes: a candidate whose allele lies on one haplotype
 * (phased genotypes of one phase set, PS or GATK's PID; homozygous calls on both copies) with other
 * alleles that change the coding sequence of the same transcript gets their {@link HaplotypeEffect}
 * beside its own consequence.
 */
final class PhasedAlleles {

  private final String proband;
  private final List<PhasedHaplotypes.Call> calls = new ArrayList<>();
  private final Map<SequenceVariant, List<Integer>> candidateIndexes = new HashMap<>();
  private final Map<SequenceVariant, SequenceVariant> asInput = new HashMap<>();

  PhasedAlleles(String proband) {
    this.proband = proband;
  }

  /**
   * Notes one allele: the variant annotated ({@code query}, normalised), the allele as the VCF
   * wrote it, the family's calls, and where its candidates are in the list being built.
   */
  void add(
      SequenceVariant query,
      SequenceVariant input,
      FamilyVariant family,
      int firstCandidate,
      int candidateCount) {
    if (candidateCount == 0) {
      return;
    }
    Optional<SampleCall> call = family.call(proband);
    if (call.isEmpty()) {
      return;
    }
    SampleCall c = call.get();
    PhasedHaplotypes.Call phased;
    if (c.phase() != null) {
      phased =
          new PhasedHaplotypes.Call(
              query, c.phase().haplotype() == 0 ? "1|0" : "0|1", c.phase().set());
    } else if (c.isHomozygous()) {
      phased = new PhasedHaplotypes.Call(query, "1/1", null);
    } else {
      return;
    }
    calls.add(phased);
    asInput.put(query, input);
    List<Integer> indexes = candidateIndexes.computeIfAbsent(query, k -> new ArrayList<>());
    for (int i = 0; i < candidateCount; i++) {
      indexes.add(firstCandidate + i);
    }
  }

  /**
   * The candidates, those on a haplotype with other coding alleles of their transcript carrying the
   * joint effect (the first one found, for a homozygous allele with partners on both copies).
   */
  List<CandidateVariant> withJointEffects(Annotator annotator, List<CandidateVariant> candidates) {
    List<CandidateVariant> out = new ArrayList<>(candidates);
    for (PhasedHaplotypes.Haplotype haplotype : PhasedHaplotypes.haplotypes(calls)) {
      for (JointEffect effect : annotator.jointEffects(haplotype.variants())) {
        for (SequenceVariant variant : effect.variants()) {
          for (int index : candidateIndexes.getOrDefault(variant, List.of())) {
            CandidateVariant candidate = out.get(index);
            if (candidate.haplotype() == null
                && effect.transcript().equals(candidate.transcript())) {
              out.set(index, candidate.withHaplotype(effect(effect, variant, haplotype)));
            }
          }
        }
      }
    }
    return out;
  }

  private HaplotypeEffect effect(
      JointEffect effect, SequenceVariant variant, PhasedHaplotypes.Haplotype haplotype) {
    List<SequenceVariant> partners =
        effect.variants().stream()
            .filter(v -> !v.equals(variant))
            .map(v -> asInput.getOrDefault(v, v))
            .toList();
    return new HaplotypeEffect(
        effect.terms().stream().map(Consequence::term).collect(Collectors.toSet()),
        effect.proteinChange(),
        effect.restoresFrame(),
        partners,
        haplotype.phaseSet().isEmpty() ? "*" : haplotype.phaseSet());
  }
}
