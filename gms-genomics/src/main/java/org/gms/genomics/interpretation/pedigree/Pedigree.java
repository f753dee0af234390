package org.gms.genomics.interpretation.pedigree;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The individuals of one or more families. Individual ids are unique across the whole pedigree,
 * because they are matched to VCF sample names.
 *
 * @param source where the pedigree came from (a file name), for messages
 * @param members the individuals in input order
 * @param lines the input line of each individual id, when read from a file (else empty)
 */
public record Pedigree(String source, List<PedigreeMember> members, Map<String, Integer> lines) {

  public Pedigree {
    members = List.copyOf(members);
    lines = Map.copyOf(lines);
    if (members.isEmpty()) {
      throw new PedigreeException(source + ": the pedigree has no individuals");
    }
    Set<String> seen = new HashSet<>();
    for (PedigreeMember member : members) {
      if (!seen.add(member.id())) {
        throw new PedigreeException(
            source
                + ": individual '"
                + member.id()
                + "' is listed twice; individual ids must be unique across the file because they"
                + " are matched to VCF sample names");
      }
    }
  }

  /** A pedigree built in code, without file lines. */
  public static Pedigree of(String source, List<PedigreeMember> members) {
    return new Pedigree(source, members, Map.of());
  }

  /** The pedigree of a single sequenced, affected individual (no PED given). */
  public static Pedigree singleton(String sampleId, Sex sex) {
    return of(
        "single sample " + sampleId,
        List.of(PedigreeMember.founder(sampleId, sampleId, sex, AffectionStatus.AFFECTED)));
  }

  public Optional<PedigreeMember> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The family ids, in input order. */
  public List<String> familyIds() {
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.familyId()));
    return List.copyOf(ids);
  }

  public List<PedigreeMember> family(String familyId) {
    return members.stream().filter(m -> m.familyId().equals(familyId)).toList();
  }

  public Optional<PedigreeMember> father(PedigreeMember child) {
    return child.father().flatMap(this::member);
  }

  public Optional<PedigreeMember> mother(PedigreeMember child) {
    return child.mother().flatMap(this::member);
  }

  public List<PedigreeMember> children(PedigreeMember parent) {
    return members.stream()
        .filter(m -> parent.id().equals(m.fatherId()) || parent.id().equals(m.motherId()))
        .toList();
  }

  /** Where an individual is defined: file and line when known, for messages. */
  public String where(String id) {
    Integer line = lines.get(id);
    return line == null ? source + ", individual " + id : source + ", line " + line;
  }

  /**
   * The proband of a family: the affected, sequenced individual with the most sequenced parents
   * (ties: the first listed).
   *
   * @throws PedigreeException when no affected member of the family is sequenced
   */
  public PedigreeMember proband(String familyId, Collection<String> sequenced) {
    PedigreeMember best = null;
    for (PedigreeMember member : family(familyId)) {
      if (member.isAffected()
          && sequenced.contains(member.id())
          && (best == null
              || sequencedParents(member, sequenced) > sequencedParents(best, sequenced))) {
        best = member;
      }
    }
    if (best == null) {
      throw new PedigreeException(
          source
              + ": family "
              + familyId
              + " has no affected individual among the sequenced samples; mark the proband as"
              + " affected (PED column 6 = 2) and check that PED ids match the VCF sample names");
    }
    return best;
  }

  private static int sequencedParents(PedigreeMember member, Collection<String> sequenced) {
    int count = 0;
    if (member.fatherId() != null && sequenced.contains(member.fatherId())) {
      count++;
    }
    if (member.motherId() != null && sequenced.contains(member.motherId())) {
      count++;
    }
    return count;
  }
}
