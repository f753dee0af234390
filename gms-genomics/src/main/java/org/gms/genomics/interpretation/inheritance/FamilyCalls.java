package org.gms.genomics.interpretation.inheritance;

import java.util.List;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;

/**
 * A family's calls at a variant as the segregation rules read them: the proband's call, the
 * sequenced relatives, and how a relative is named in a reason.
 */
final class FamilyCalls {

  private final Family family;

  FamilyCalls(Family family) {
    this.family = family;
  }

  SampleCall probandCall(FamilyVariant variant) {
    return variant
        .call(family.proband().id())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    variant.id() + " has no call for the proband " + family.proband().id()));
  }

  /** The proband's relatives with a call (or no-call) for this variant, that is, sequenced. */
  List<PedigreeMember> sequencedRelatives(FamilyVariant variant) {
    return family.relatives().stream().filter(m -> variant.call(m.id()).isPresent()).toList();
  }

  String label(PedigreeMember member) {
    if (member.id().equals(family.proband().fatherId())) {
      return "the father " + member.id();
    }
    if (member.id().equals(family.proband().motherId())) {
      return "the mother " + member.id();
    }
    return "relative " + member.id();
  }
}
