package org.gms.genomics.interpretation.inheritance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.AffectionStatus;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.gms.genomics.variant.Genotype;

/**
 * A family written as in the tables: a proband "kid" (affected) with father "dad" and mother "mum"
 * (unaffected unless said), optional siblings; calls written as GT strings, in member order: {@code
 * 0/1}, {@code 1|0}, {@code 0|1@7} (phase set 7), {@code 1} (haploid), {@code ./.} (no call),
 * {@code -} (not sequenced), with optional {@code ;gq=30;dp=20;ad=10,9}.
 */
final class FamilyFixture {

  private Sex probandSex = Sex.MALE;
  private AffectionStatus fatherStatus = AffectionStatus.UNAFFECTED;
  private AffectionStatus motherStatus = AffectionStatus.UNAFFECTED;
  private final List<PedigreeMember> siblings = new ArrayList<>();

  static FamilyFixture trio() {
    return new FamilyFixture();
  }

  FamilyFixture proband(Sex sex) {
    probandSex = sex;
    return this;
  }

  FamilyFixture father(AffectionStatus status) {
    fatherStatus = status;
    return this;
  }

  FamilyFixture mother(AffectionStatus status) {
    motherStatus = status;
    return this;
  }

  FamilyFixture sibling(String id, Sex sex, AffectionStatus status) {
    siblings.add(new PedigreeMember("F", id, "dad", "mum", sex, status));
    return this;
  }

  List<PedigreeMember> members() {
    List<PedigreeMember> members = new ArrayList<>();
    members.add(new PedigreeMember("F", "kid", "dad", "mum", probandSex, AffectionStatus.AFFECTED));
    members.add(PedigreeMember.founder("F", "dad", Sex.MALE, fatherStatus));
    members.add(PedigreeMember.founder("F", "mum", Sex.FEMALE, motherStatus));
    members.addAll(siblings);
    return members;
  }

  /** The family, with everyone sequenced. */
  Family family() {
    Pedigree pedigree = Pedigree.of("fixture", members());
    Set<String> sequenced = new LinkedHashSet<>();
    members().forEach(m -> sequenced.add(m.id()));
    return new Family(pedigree, pedigree.member("kid").orElseThrow(), sequenced);
  }

  SegregationAnalysis analysis() {
    return new SegregationAnalysis(family(), DeNovoCriteria.defaults());
  }

  /** A variant with one call per member, in member order ("-" for not sequenced). */
  FamilyVariant variant(String id, ChromosomeType type, String... calls) {
    List<PedigreeMember> members = members();
    Map<String, SampleCall> byId = new HashMap<>();
    for (int i = 0; i < calls.length; i++) {
      if (!calls[i].strip().equals("-")) {
        byId.put(members.get(i).id(), call(calls[i].strip()));
      }
    }
    return new FamilyVariant(id, type, byId);
  }

  FamilyVariant autosomal(String... calls) {
    return variant("1:1000 A>G", ChromosomeType.AUTOSOME, calls);
  }

  FamilyVariant autosomalAt(String id, String... calls) {
    return variant(id, ChromosomeType.AUTOSOME, calls);
  }

  static SampleCall call(String text) {
    String[] parts = text.split(";");
    String gt = parts[0];
    String phaseSet = null;
    if (gt.contains("@")) {
      phaseSet = gt.substring(gt.indexOf('@') + 1);
      gt = gt.substring(0, gt.indexOf('@'));
    }
    boolean phased = gt.contains("|");
    List<Integer> alleles = new ArrayList<>();
    for (String allele : gt.split("[/|]")) {
      alleles.add(allele.equals(".") ? Genotype.MISSING : Integer.parseInt(allele));
    }
    OptionalInt gq = OptionalInt.empty();
    OptionalInt dp = OptionalInt.empty();
    List<Integer> ad = List.of();
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=");
      switch (kv[0]) {
        case "gq" -> gq = OptionalInt.of(Integer.parseInt(kv[1]));
        case "dp" -> dp = OptionalInt.of(Integer.parseInt(kv[1]));
        case "ad" -> ad = List.of(kv[1].split(",")).stream().map(Integer::valueOf).toList();
        default -> throw new IllegalArgumentException("Unknown call field " + kv[0]);
      }
    }
    Genotype genotype = new Genotype(alleles, phased);
    Phase phase = null;
    if (phased && alleles.size() == 2 && genotype.copiesOf(1) == 1) {
      phase =
          new Phase(phaseSet == null ? SampleCall.DEFAULT_PHASE_SET : phaseSet, alleles.indexOf(1));
    }
    return new SampleCall(genotype, 1, gq, dp, ad, phase);
  }
}
