package org.gms.genomics.interpretation.inheritance;

import static org.gms.genomics.interpretation.inheritance.SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;

/**
 * Compound heterozygosity in a family: whether two heterozygous variants of one gene lie on
 * different copies (in trans), from the proband's phased genotypes first, then from the parents'
 * genotypes, with every sequenced relative's calls checked against a recessive model.
 */
final class CompoundHeterozygosity {

  private final Family family;
  private final FamilyCalls calls;

  CompoundHeterozygosity(Family family, FamilyCalls calls) {
    this.family = family;
    this.calls = calls;
  }

  /**
   * Whether two variants of one gene can be the two hits of a recessive disease: both heterozygous
   * in the proband and on different copies (in trans). Phase comes first from the proband's phased
   * genotypes (same phase set), then from the parents: one variant from each parent is trans, both
   * from one parent is cis. A de novo variant, a variant both parents carry, or missing parents
   * leave the phase open: POSSIBLE.
   */
  SegregationResult judge(FamilyVariant first, FamilyVariant second) {
    Verdict verdict = new Verdict(AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS);
    if (!first.chromosome().diploidInBothSexes() || !second.chromosome().diploidInBothSexes()) {
      verdict.no("compound heterozygosity is judged on autosomes and pseudoautosomal regions");
      return verdict.result();
    }
    SampleCall a = calls.probandCall(first);
    SampleCall b = calls.probandCall(second);
    if (!a.isHeterozygous() || !b.isHeterozygous()) {
      verdict.no(
          "not heterozygous for both in the proband ("
              + first.id()
              + " "
              + a
              + ", "
              + second.id()
              + " "
              + b
              + ")");
      return verdict.result();
    }
    for (PedigreeMember relative : calls.sequencedRelatives(first)) {
      if (second.call(relative.id()).isEmpty()) {
        continue;
      }
      SampleCall ra = first.call(relative.id()).orElseThrow();
      SampleCall rb = second.call(relative.id()).orElseThrow();
      if (relative.isAffected()) {
        if (ra.lacks() || rb.lacks()) {
          verdict.no(
              calls.label(relative)
                  + " is affected but lacks "
                  + (ra.lacks() ? first : second).id());
        } else if (!ra.isCalled() || !rb.isCalled()) {
          verdict.possible("no call in " + calls.label(relative));
        }
      } else if (relative.isUnaffected()) {
        if (ra.isHomozygous() || rb.isHomozygous()) {
          verdict.no(calls.label(relative) + " is unaffected but homozygous");
        } else if (!family.isParentOfProband(relative) && ra.carries() && rb.carries()) {
          verdict.no(calls.label(relative) + " is unaffected but carries both variants");
        }
      }
    }
    if (verdict.contradicted()) {
      return verdict.result();
    }
    Optional<String> readPhase = readPhase(a, b);
    Origin originA = origin(first);
    Origin originB = origin(second);
    Optional<Boolean> parentalTrans = Origin.trans(originA, originB);
    if (readPhase.isPresent()) {
      boolean trans = readPhase.get().startsWith("in trans");
      if (parentalTrans.isPresent() && parentalTrans.get() != trans) {
        verdict.possible(
            "the proband's phased genotypes ("
                + readPhase.get()
                + ") disagree with the parents' genotypes ("
                + originA.describe(first)
                + "; "
                + originB.describe(second)
                + ")");
      } else if (trans) {
        verdict.yes(readPhase.get());
      } else {
        verdict.no(readPhase.get());
      }
    } else if (parentalTrans.isPresent()) {
      String origins = originA.describe(first) + "; " + originB.describe(second);
      if (parentalTrans.get()) {
        verdict.yes("in trans: " + origins);
      } else {
        verdict.no("in cis: " + origins);
      }
    } else {
      verdict.possible(
          "phase unknown: " + originA.describe(first) + "; " + originB.describe(second));
    }
    return verdict.result();
  }

  /**
   * Every pair among the variants (of one gene, by the caller's grouping) that are heterozygous in
   * the proband, each with its compound-heterozygous verdict, in input order.
   */
  List<VariantPair> pairs(List<FamilyVariant> sameGene) {
    List<FamilyVariant> heterozygous =
        sameGene.stream().filter(v -> calls.probandCall(v).isHeterozygous()).toList();
    List<VariantPair> pairs = new ArrayList<>();
    for (int i = 0; i < heterozygous.size(); i++) {
      for (int j = i + 1; j < heterozygous.size(); j++) {
        FamilyVariant first = heterozygous.get(i);
        FamilyVariant second = heterozygous.get(j);
        pairs.add(new VariantPair(first, second, judge(first, second)));
      }
    }
    return pairs;
  }

  private Optional<String> readPhase(SampleCall a, SampleCall b) {
    if (a.phase() == null || b.phase() == null || !a.phase().sameSet(b.phase())) {
      return Optional.empty();
    }
    String set =
        a.phase().set().equals(SampleCall.DEFAULT_PHASE_SET)
            ? "phased genotypes"
            : "phase set " + a.phase().set();
    return Optional.of(
        a.phase().haplotype() == b.phase().haplotype()
            ? "in cis: on the same haplotype in the proband (" + set + ")"
            : "in trans: on different haplotypes in the proband (" + set + ")");
  }

  private Origin origin(FamilyVariant variant) {
    Optional<SampleCall> father = family.father().flatMap(f -> variant.call(f.id()));
    Optional<SampleCall> mother = family.mother().flatMap(m -> variant.call(m.id()));
    if (father.isEmpty()
        || mother.isEmpty()
        || !father.get().isCalled()
        || !mother.get().isCalled()) {
      return Origin.UNKNOWN;
    }
    boolean fromFather = father.get().carries();
    boolean fromMother = mother.get().carries();
    if (fromFather && fromMother) {
      return Origin.BOTH;
    }
    if (fromFather) {
      return Origin.FATHER;
    }
    return fromMother ? Origin.MOTHER : Origin.NEITHER;
  }

  /** Where a proband's heterozygous allele came from, judged from both parents' calls. */
  private enum Origin {
    FATHER,
    MOTHER,
    BOTH,
    NEITHER,
    UNKNOWN;

    /** Whether two origins put the alleles in trans (true), in cis (false) or leave it open. */
    static Optional<Boolean> trans(Origin a, Origin b) {
      if ((a == FATHER && b == MOTHER) || (a == MOTHER && b == FATHER)) {
        return Optional.of(true);
      }
      if (a == b && (a == FATHER || a == MOTHER)) {
        return Optional.of(false);
      }
      return Optional.empty();
    }

    String describe(FamilyVariant variant) {
      return variant.id()
          + switch (this) {
            case FATHER -> " from the father";
            case MOTHER -> " from the mother";
            case BOTH -> " carried by both parents";
            case NEITHER -> " in neither parent (de novo)";
            case UNKNOWN -> " of unknown origin (parents not both genotyped)";
          };
    }
  }
}
