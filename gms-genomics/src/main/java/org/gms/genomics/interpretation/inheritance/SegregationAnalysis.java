package org.gms.genomics.interpretation.inheritance;

import static org.gms.genomics.interpretation.inheritance.SegregationPattern.AUTOSOMAL_DOMINANT;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.AUTOSOMAL_RECESSIVE_HOMOZYGOUS;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.DE_NOVO;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.MITOCHONDRIAL;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.X_LINKED_DOMINANT;
import static org.gms.genomics.interpretation.inheritance.SegregationPattern.X_LINKED_RECESSIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.interpretation.pedigree.Sex;

/**
 * Judges how a family's genotypes fit each segregation pattern. Individuals who were not sequenced
 * constrain nothing; sequenced individuals with a no-call make a fit at best POSSIBLE. Affection
 * status UNKNOWN constrains nothing either. Full penetrance is assumed: an unaffected carrier of a
 * dominant variant contradicts it.
 */
public final class SegregationAnalysis {

  private final Family family;
  private final DeNovoCriteria deNovo;

  private final FamilyCalls calls;
  private final CompoundHeterozygosity compound;

  public SegregationAnalysis(Family family, DeNovoCriteria deNovo) {
    this.family = family;
    this.deNovo = deNovo;
    this.calls = new FamilyCalls(family);
    this.compound = new CompoundHeterozygosity(family, calls);
  }

  public Family family() {
    return family;
  }

  /** The single-variant patterns that apply to a locus of this type. */
  public static List<SegregationPattern> patternsFor(ChromosomeType type) {
    return switch (type) {
      case AUTOSOME, PSEUDOAUTOSOMAL ->
          List.of(DE_NOVO, AUTOSOMAL_DOMINANT, AUTOSOMAL_RECESSIVE_HOMOZYGOUS);
      case X_NON_PAR -> List.of(DE_NOVO, X_LINKED_DOMINANT, X_LINKED_RECESSIVE);
      case MITOCHONDRION -> List.of(MITOCHONDRIAL);
      case Y_NON_PAR, OTHER -> List.of();
    };
  }

  /** Every single-variant pattern that applies to the variant's locus, with its verdict. */
  public List<SegregationResult> evaluateAll(FamilyVariant variant) {
    return patternsFor(variant.chromosome()).stream().map(p -> evaluate(p, variant)).toList();
  }

  /** One single-variant pattern; compound heterozygosity needs a pair, see below. */
  public SegregationResult evaluate(SegregationPattern pattern, FamilyVariant variant) {
    if (pattern == AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS) {
      throw new IllegalArgumentException(
          "Compound heterozygosity is judged for a pair of variants");
    }
    Verdict verdict = new Verdict(pattern);
    if (!patternsFor(variant.chromosome()).contains(pattern)) {
      verdict.no(pattern + " does not apply to a locus on " + variant.chromosome());
      return verdict.result();
    }
    SampleCall proband = calls.probandCall(variant);
    if (!proband.isCalled()) {
      verdict.no("no call in the proband " + family.proband().id());
      return verdict.result();
    }
    switch (pattern) {
      case DE_NOVO -> deNovo(variant, proband, verdict);
      case AUTOSOMAL_DOMINANT -> dominant(variant, proband, verdict);
      case AUTOSOMAL_RECESSIVE_HOMOZYGOUS -> homozygous(variant, proband, verdict);
      case X_LINKED_DOMINANT -> xLinked(variant, proband, verdict, true);
      case X_LINKED_RECESSIVE -> xLinked(variant, proband, verdict, false);
      case MITOCHONDRIAL -> mitochondrial(variant, proband, verdict);
      default -> throw new IllegalStateException("Unhandled pattern " + pattern);
    }
    return verdict.result();
  }

  /**
   * Whether two variants of one gene can be the two hits of a recessive disease: see {@link
   * CompoundHeterozygosity}.
   */
  public SegregationResult compoundHeterozygous(FamilyVariant first, FamilyVariant second) {
    return compound.judge(first, second);
  }

  /**
   * Every pair among the variants (of one gene, by the caller's grouping) that are heterozygous in
   * the proband, each with its compound-heterozygous verdict, in input order.
   */
  public List<VariantPair> pairs(List<FamilyVariant> sameGene) {
    return compound.pairs(sameGene);
  }

  private void deNovo(FamilyVariant variant, SampleCall proband, Verdict verdict) {
    boolean hemizygous = hemizygousLocus(variant, family.proband());
    if (hemizygous) {
      if (!proband.carries()) {
        verdict.no("the proband (male) does not carry it");
      } else if (proband.isHeterozygous()) {
        verdict.possible("heterozygous call in a male on X outside the pseudoautosomal regions");
      }
    } else if (!proband.isHeterozygous()) {
      verdict.no(
          proband.carries()
              ? "not heterozygous in the proband (" + proband + "); a new mutation gives one copy"
              : "the proband does not carry it");
    }
    if (verdict.contradicted()) {
      return;
    }
    checkQuality(proband, "the proband", verdict);
    proband
        .alleleBalance()
        .ifPresent(
            balance -> {
              if (!hemizygous
                  && (balance < deNovo.minAlleleBalance() || balance > deNovo.maxAlleleBalance())) {
                verdict.possible(
                    String.format(
                        java.util.Locale.ROOT,
                        "the proband's ALT read fraction %.2f is outside %.2f-%.2f",
                        balance,
                        deNovo.minAlleleBalance(),
                        deNovo.maxAlleleBalance()));
              }
            });
    List<Optional<PedigreeMember>> parents =
        hemizygous ? List.of(family.mother()) : List.of(family.father(), family.mother());
    List<String> roles = hemizygous ? List.of("mother") : List.of("father", "mother");
    int parentalAltReads = 0;
    for (int i = 0; i < parents.size(); i++) {
      Optional<PedigreeMember> parent = parents.get(i);
      String role = roles.get(i);
      if (parent.isEmpty()) {
        verdict.possible("no " + role + " in the pedigree");
        continue;
      }
      Optional<SampleCall> call = variant.call(parent.get().id());
      if (call.isEmpty()) {
        verdict.possible("the " + role + " " + parent.get().id() + " was not sequenced");
      } else if (!call.get().isCalled()) {
        verdict.possible("no call in the " + role + " " + parent.get().id());
      } else if (call.get().carries()) {
        verdict.no("the " + role + " " + parent.get().id() + " carries it (" + call.get() + ")");
      } else {
        checkQuality(call.get(), "the " + role, verdict);
        parentalAltReads += call.get().altReads().orElse(0);
      }
    }
    if (parentalAltReads > deNovo.maxParentalAltReads()) {
      verdict.no(
          "the parents show "
              + parentalAltReads
              + " reads with the ALT allele (inherited, or a mosaic parent)");
    }
    for (PedigreeMember relative : calls.sequencedRelatives(variant)) {
      if (family.isParentOfProband(relative)) {
        continue;
      }
      SampleCall call = variant.call(relative.id()).orElseThrow();
      if (call.carries() && relative.isUnaffected()) {
        verdict.no(calls.label(relative) + " is unaffected but carries it");
      } else if (call.carries()) {
        verdict.possible(
            calls.label(relative) + " carries it too (germline mosaicism in a parent?)");
      }
    }
    verdict.yes("in the proband, absent from " + (hemizygous ? "the mother" : "both parents"));
  }

  private void dominant(FamilyVariant variant, SampleCall proband, Verdict verdict) {
    if (!proband.isHeterozygous()) {
      verdict.no(
          proband.carries()
              ? "homozygous in the proband; a dominant model expects one copy"
              : "the proband does not carry it");
      return;
    }
    int affectedCarriers = 0;
    int unaffectedClear = 0;
    for (PedigreeMember relative : calls.sequencedRelatives(variant)) {
      SampleCall call = calledIn(relative, variant, verdict);
      if (call == null) {
        continue;
      }
      if (relative.isAffected()) {
        if (call.lacks()) {
          verdict.no(calls.label(relative) + " is affected but does not carry it");
        } else if (call.isHomozygous()) {
          verdict.no(
              calls.label(relative)
                  + " is affected and homozygous; a dominant model expects one copy");
        } else {
          affectedCarriers++;
        }
      } else if (relative.isUnaffected()) {
        if (call.carries()) {
          verdict.no(
              calls.label(relative) + " is unaffected but carries it (full penetrance assumed)");
        } else {
          unaffectedClear++;
        }
      }
    }
    verdict.yes(
        "heterozygous in the proband"
            + (affectedCarriers > 0
                ? ", carried by " + affectedCarriers + " affected relative(s)"
                : "")
            + (unaffectedClear > 0
                ? ", absent from " + unaffectedClear + " unaffected relative(s)"
                : ""));
  }

  private void homozygous(FamilyVariant variant, SampleCall proband, Verdict verdict) {
    if (!proband.isHomozygous()) {
      verdict.no("not homozygous in the proband (" + proband + ")");
      return;
    }
    int parentsWithout = 0;
    List<String> without = new ArrayList<>();
    for (PedigreeMember relative : calls.sequencedRelatives(variant)) {
      SampleCall call = variant.call(relative.id()).orElseThrow();
      if (!call.isCalled()) {
        verdict.possible("no call in " + calls.label(relative));
        continue;
      }
      if (relative.isAffected() && !call.isHomozygous()) {
        verdict.no(calls.label(relative) + " is affected but not homozygous (" + call + ")");
      } else if (relative.isUnaffected() && call.isHomozygous()) {
        verdict.no(calls.label(relative) + " is unaffected but homozygous");
      }
      if (family.isParentOfProband(relative) && call.lacks()) {
        parentsWithout++;
        without.add(calls.label(relative));
      }
    }
    if (parentsWithout == 2) {
      verdict.no("neither parent carries it");
    } else if (parentsWithout == 1) {
      verdict.possible(
          without.get(0)
              + " carries no copy: uniparental disomy, a deletion of the other copy, or a"
              + " genotyping error");
    }
    verdict.yes("homozygous in the proband");
  }

  private void xLinked(
      FamilyVariant variant, SampleCall proband, Verdict verdict, boolean dominant) {
    PedigreeMember child = family.proband();
    if (!carriesForXLinked(child, proband, dominant, verdict, "the proband")) {
      return;
    }
    for (PedigreeMember relative : calls.sequencedRelatives(variant)) {
      SampleCall call = calledIn(relative, variant, verdict);
      if (call == null) {
        continue;
      }
      if (relative.isAffected()) {
        carriesForXLinked(relative, call, dominant, verdict, calls.label(relative));
      } else if (relative.isUnaffected()) {
        boolean clearEnough =
            dominant || relative.sex() == Sex.MALE ? call.lacks() : !call.isHomozygous();
        if (!clearEnough) {
          verdict.no(
              calls.label(relative)
                  + " is unaffected but "
                  + (call.isHomozygous() ? "homozygous" : "carries it")
                  + (dominant ? "" : " (as a male or homozygous female)"));
        }
      }
    }
    xTransmission(variant, verdict);
    verdict.yes(
        (dominant ? "X-linked dominant" : "X-linked recessive")
            + ": carried by the affected, not by the unaffected");
  }

  /** Whether an affected individual's call fits, recording why not. */
  private boolean carriesForXLinked(
      PedigreeMember member, SampleCall call, boolean dominant, Verdict verdict, String who) {
    if (!call.carries()) {
      verdict.no(who + " is affected but does not carry it");
      return false;
    }
    if (member.sex() == Sex.MALE && call.isHeterozygous()) {
      verdict.possible(who + " is male but heterozygous on X outside the pseudoautosomal regions");
    } else if (member.sex() == Sex.FEMALE && !dominant && !call.isHomozygous()) {
      verdict.no(who + " is female and heterozygous; X-linked recessive needs two copies");
      return false;
    } else if (member.sex() == Sex.UNKNOWN && !dominant && call.isHeterozygous()) {
      verdict.possible(who + " has unknown sex and is heterozygous");
    }
    return true;
  }

  /** A father passes his X to every daughter and to no son. */
  private void xTransmission(FamilyVariant variant, Verdict verdict) {
    for (PedigreeMember child : family.members()) {
      Optional<SampleCall> childCall = variant.call(child.id());
      Optional<SampleCall> fatherCall =
          family.pedigree().father(child).flatMap(f -> variant.call(f.id()));
      Optional<SampleCall> motherCall =
          family.pedigree().mother(child).flatMap(m -> variant.call(m.id()));
      if (childCall.isEmpty() || fatherCall.isEmpty() || !fatherCall.get().carries()) {
        continue;
      }
      if (child.sex() == Sex.FEMALE && childCall.get().lacks()) {
        verdict.no(
            "daughter "
                + child.id()
                + " lacks it though her father carries it (a father passes his X to every daughter)");
      } else if (child.sex() == Sex.MALE
          && childCall.get().carries()
          && motherCall.isPresent()
          && motherCall.get().lacks()) {
        verdict.no(
            "son "
                + child.id()
                + " carries it, his mother does not and his father does (a father passes no X to"
                + " a son)");
      }
    }
  }

  private void mitochondrial(FamilyVariant variant, SampleCall proband, Verdict verdict) {
    if (!proband.carries()) {
      verdict.no("the proband does not carry it");
      return;
    }
    family
        .mother()
        .flatMap(m -> variant.call(m.id()))
        .filter(SampleCall::lacks)
        .ifPresent(
            m ->
                verdict.possible(
                    "absent from the mother: de novo, or heteroplasmy below detection in her"
                        + " sample"));
    for (PedigreeMember relative : calls.sequencedRelatives(variant)) {
      SampleCall call = variant.call(relative.id()).orElseThrow();
      if (relative.isAffected() && call.lacks()) {
        verdict.possible(
            calls.label(relative) + " is affected but does not carry it (heteroplasmy?)");
      }
    }
    verdict.yes("in the mitochondrial genome of the proband, maternally transmitted");
  }

  private void checkQuality(SampleCall call, String who, Verdict verdict) {
    if (call.genotypeQuality().isPresent()
        && call.genotypeQuality().getAsInt() < deNovo.minGenotypeQuality()) {
      verdict.possible(
          who
              + " has GQ "
              + call.genotypeQuality().getAsInt()
              + " < "
              + deNovo.minGenotypeQuality());
    }
    if (call.depth().isPresent() && call.depth().getAsInt() < deNovo.minDepth()) {
      verdict.possible(who + " has depth " + call.depth().getAsInt() + " < " + deNovo.minDepth());
    }
  }

  /**
   * Whether the parents a new mutation must be absent from (both, or the mother for a male's X
   * outside the pseudoautosomal regions) are in the pedigree with a genotype called at this
   * variant: without them a de novo origin is not tested, only not excluded.
   */
  public boolean parentsGenotyped(FamilyVariant variant) {
    boolean hemizygous = hemizygousLocus(variant, family.proband());
    List<Optional<PedigreeMember>> parents =
        hemizygous ? List.of(family.mother()) : List.of(family.father(), family.mother());
    for (Optional<PedigreeMember> parent : parents) {
      if (parent.isEmpty()) {
        return false;
      }
      Optional<SampleCall> call = variant.call(parent.get().id());
      if (call.isEmpty() || !call.get().isCalled()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hemizygousLocus(FamilyVariant variant, PedigreeMember member) {
    return variant.chromosome() == ChromosomeType.X_NON_PAR && member.sex() == Sex.MALE;
  }

  /**
   * The relative's call, or null when they have none (noted as leaving the fit possible when their
   * affection status would have counted).
   */
  private SampleCall calledIn(PedigreeMember relative, FamilyVariant variant, Verdict verdict) {
    SampleCall call = variant.call(relative.id()).orElseThrow();
    if (call.isCalled()) {
      return call;
    }
    if (relative.isAffected() || relative.isUnaffected()) {
      verdict.possible("no call in " + calls.label(relative));
    }
    return null;
  }
}
