package org.gms.genomics.interpretation.pedigree;

import static org.gms.genomics.interpretation.pedigree.PedigreeIssue.error;
import static org.gms.genomics.interpretation.pedigree.PedigreeIssue.warning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.interpretation.pedigree.PedigreeIssue.Kind;

/** Consistency checks of a pedigree on its own and against the samples of a VCF. */
public final class PedigreeChecks {

  private PedigreeChecks() {}

  /**
   * Checks that every parent is listed, in the same family and of the right sex, that nobody has
   * the same father and mother or is their own ancestor, and that each family has an affected
   * member.
   */
  public static PedigreeReport consistency(Pedigree pedigree) {
    List<PedigreeIssue> issues = new ArrayList<>();
    for (PedigreeMember member : pedigree.members()) {
      checkParent(pedigree, member, member.fatherId(), Sex.MALE, "father", issues);
      checkParent(pedigree, member, member.motherId(), Sex.FEMALE, "mother", issues);
      if (member.fatherId() != null && member.fatherId().equals(member.motherId())) {
        issues.add(
            error(
                Kind.SAME_FATHER_AND_MOTHER,
                member.id(),
                pedigree.where(member.id())
                    + ": individual "
                    + member.id()
                    + " has "
                    + member.fatherId()
                    + " as both father and mother"));
      }
      if ((member.fatherId() == null) != (member.motherId() == null)) {
        issues.add(
            warning(
                Kind.ONE_PARENT_ONLY,
                member.id(),
                pedigree.where(member.id())
                    + ": individual "
                    + member.id()
                    + " has only one parent listed; the other is treated as not sequenced"));
      }
    }
    issues.addAll(cycles(pedigree));
    for (String family : pedigree.familyIds()) {
      if (pedigree.family(family).stream().noneMatch(PedigreeMember::isAffected)) {
        issues.add(
            warning(
                Kind.NO_AFFECTED_MEMBER,
                family,
                pedigree.source()
                    + ": family "
                    + family
                    + " has no affected individual (PED column 6 = 2); it cannot be interpreted"));
      }
    }
    return new PedigreeReport(issues);
  }

  /**
   * Compares the pedigree with the VCF sample names: individuals not sequenced and samples not in
   * the pedigree are warnings; a pedigree that shares no individual with the VCF, a family with no
   * sequenced member, or a family whose affected members are all unsequenced are errors.
   */
  public static PedigreeReport againstSamples(
      Pedigree pedigree, List<String> vcfSamples, String vcfName) {
    Set<String> samples = new HashSet<>(vcfSamples);
    List<PedigreeIssue> issues = new ArrayList<>();
    List<String> missing =
        pedigree.members().stream()
            .map(PedigreeMember::id)
            .filter(id -> !samples.contains(id))
            .toList();
    if (missing.size() == pedigree.members().size()) {
      issues.add(
          error(
              Kind.NO_SEQUENCED_MEMBER,
              pedigree.source(),
              "The PED does not match the VCF: none of the individuals of "
                  + pedigree.source()
                  + " ("
                  + preview(missing)
                  + ") is a sample of "
                  + vcfName
                  + " (samples: "
                  + preview(vcfSamples)
                  + ")"
                  + caseHint(missing, vcfSamples)
                  + "; PED column 2 must hold the VCF sample names"));
      return new PedigreeReport(issues);
    }
    for (String id : missing) {
      issues.add(
          warning(
              Kind.NOT_IN_VCF,
              id,
              pedigree.where(id)
                  + ": individual "
                  + id
                  + " is not a sample of "
                  + vcfName
                  + "; analysed as not sequenced"
                  + caseHint(List.of(id), vcfSamples)));
    }
    Set<String> inPedigree =
        pedigree.members().stream().map(PedigreeMember::id).collect(Collectors.toSet());
    for (String sample : vcfSamples) {
      if (!inPedigree.contains(sample)) {
        issues.add(
            warning(
                Kind.NOT_IN_PEDIGREE,
                sample,
                "Sample "
                    + sample
                    + " of "
                    + vcfName
                    + " is not in "
                    + pedigree.source()
                    + "; it is ignored"));
      }
    }
    for (String family : pedigree.familyIds()) {
      List<PedigreeMember> members = pedigree.family(family);
      if (members.stream().noneMatch(m -> samples.contains(m.id()))) {
        issues.add(
            error(
                Kind.NO_SEQUENCED_MEMBER,
                family,
                pedigree.source() + ": no individual of family " + family + " is in " + vcfName));
      } else if (members.stream().anyMatch(PedigreeMember::isAffected)
          && members.stream().noneMatch(m -> m.isAffected() && samples.contains(m.id()))) {
        issues.add(
            error(
                Kind.NO_SEQUENCED_AFFECTED,
                family,
                pedigree.source()
                    + ": no affected individual of family "
                    + family
                    + " is a sample of "
                    + vcfName
                    + "; the proband must be sequenced"));
      }
    }
    return new PedigreeReport(issues);
  }

  private static void checkParent(
      Pedigree pedigree,
      PedigreeMember child,
      String parentId,
      Sex expected,
      String role,
      List<PedigreeIssue> issues) {
    if (parentId == null) {
      return;
    }
    Optional<PedigreeMember> parent = pedigree.member(parentId);
    String where = pedigree.where(child.id()) + ": " + role + " " + parentId + " of " + child.id();
    if (parent.isEmpty()) {
      issues.add(
          error(
              Kind.PARENT_NOT_LISTED,
              child.id(),
              where
                  + " is not listed; add a line for them (0 0 for unknown grandparents) or write 0"));
      return;
    }
    PedigreeMember found = parent.get();
    if (!found.familyId().equals(child.familyId())) {
      issues.add(
          error(
              Kind.PARENT_IN_OTHER_FAMILY,
              child.id(),
              where + " belongs to family " + found.familyId() + ", not " + child.familyId()));
    }
    if (found.sex() == Sex.UNKNOWN) {
      issues.add(
          warning(
              Kind.PARENT_SEX_UNKNOWN,
              found.id(),
              where + " has unknown sex; taken to be " + expected.name().toLowerCase(Locale.ROOT)));
    } else if (found.sex() != expected) {
      issues.add(
          error(
              Kind.PARENT_SEX_MISMATCH,
              found.id(),
              where
                  + " is recorded as "
                  + found.sex().name().toLowerCase(Locale.ROOT)
                  + " ("
                  + pedigree.where(found.id())
                  + "); a "
                  + role
                  + " must be "
                  + expected.name().toLowerCase(Locale.ROOT)));
    }
  }

  /** Individuals who are their own ancestor, each cycle reported once. */
  private static List<PedigreeIssue> cycles(Pedigree pedigree) {
    List<PedigreeIssue> issues = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (PedigreeMember member : pedigree.members()) {
      if (reported.contains(member.id())) {
        continue;
      }
      List<String> path =
          ancestryPath(pedigree, member.id(), member.id(), new ArrayList<>(), new HashSet<>());
      if (path != null) {
        reported.addAll(path);
        issues.add(
            error(
                Kind.ANCESTRY_CYCLE,
                member.id(),
                pedigree.where(member.id())
                    + ": individual "
                    + member.id()
                    + " is their own ancestor (parent chain: "
                    + String.join(" -> ", path)
                    + " -> "
                    + member.id()
                    + "); check the father and mother columns"));
      }
    }
    return issues;
  }

  /** A path of parents from {@code current} back to {@code target}, or null when there is none. */
  private static List<String> ancestryPath(
      Pedigree pedigree, String target, String current, List<String> path, Set<String> visited) {
    if (!visited.add(current)) {
      return null;
    }
    path.add(current);
    Optional<PedigreeMember> member = pedigree.member(current);
    if (member.isPresent()) {
      for (String parent : parents(member.get())) {
        if (parent.equals(target)) {
          return List.copyOf(path);
        }
        List<String> found = ancestryPath(pedigree, target, parent, path, visited);
        if (found != null) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  private static List<String> parents(PedigreeMember member) {
    List<String> parents = new ArrayList<>(2);
    member.father().ifPresent(parents::add);
    member.mother().ifPresent(parents::add);
    return parents;
  }

  private static String preview(List<String> names) {
    int shown = Math.min(names.size(), 5);
    String listed = String.join(", ", names.subList(0, shown));
    return names.size() > shown ? listed + ", ... " + (names.size() - shown) + " more" : listed;
  }

  /** Points out names that differ from a sample name only in letter case or spaces. */
  private static String caseHint(List<String> ids, List<String> samples) {
    for (String id : ids) {
      for (String sample : samples) {
        if (!id.equals(sample) && id.strip().equalsIgnoreCase(sample.strip())) {
          return " (did you mean '" + sample + "' for '" + id + "'? names are case-sensitive)";
        }
      }
    }
    return "";
  }
}
