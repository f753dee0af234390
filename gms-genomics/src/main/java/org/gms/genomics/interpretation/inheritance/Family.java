package org.gms.genomics.interpretation.inheritance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;

/**
 * One family of a pedigree seen from its proband.
 *
 * @param sequenced the ids of the individuals with genotypes
 */
public record Family(Pedigree pedigree, PedigreeMember proband, Set<String> sequenced) {

  public Family {
    sequenced = Set.copyOf(sequenced);
    if (!sequenced.contains(proband.id())) {
      throw new IllegalArgumentException("The proband " + proband.id() + " must be sequenced");
    }
  }

  /** The family of a pedigree, with its proband chosen by {@link Pedigree#proband}. */
  public static Family of(Pedigree pedigree, String familyId, Collection<String> sequenced) {
    return new Family(pedigree, pedigree.proband(familyId, sequenced), Set.copyOf(sequenced));
  }

  public List<PedigreeMember> members() {
    return pedigree.family(proband.familyId());
  }

  /** The members other than the proband. */
  public List<PedigreeMember> relatives() {
    return members().stream().filter(m -> !m.id().equals(proband.id())).toList();
  }

  public Optional<PedigreeMember> father() {
    return pedigree.father(proband);
  }

  public Optional<PedigreeMember> mother() {
    return pedigree.mother(proband);
  }

  public boolean isParentOfProband(PedigreeMember member) {
    return member.id().equals(proband.fatherId()) || member.id().equals(proband.motherId());
  }
}
