package org.gms.genomics.interpretation.inheritance;

import java.util.Collection;
import java.util.Locale;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;

/**
 * Whether the proband's genotypes confirm both parents (maternity and paternity, as PS2 requires):
 * few Mendelian inconsistencies over many sites. A non-parent gives inconsistencies at a large
 * share of informative sites; sequencing errors at around 1% or less (0.57% on the GIAB trio's PASS
 * calls).
 *
 * @param sites sites where proband and both parents are called
 * @param inconsistent of which Mendelian-inconsistent
 * @param confirmed whether parentage counts as confirmed
 */
public record ParentageCheck(int sites, int inconsistent, boolean confirmed) {

  /** Below this many sites parentage is not judged. */
  public static final int MINIMUM_SITES = 100;

  /** Above this inconsistent fraction parentage is not confirmed. */
  public static final double MAXIMUM_INCONSISTENT = 0.03;

  public static ParentageCheck of(Family family, Collection<FamilyVariant> variants) {
    PedigreeMember proband = family.proband();
    if (family.father().isEmpty() || family.mother().isEmpty()) {
      return new ParentageCheck(0, 0, false);
    }
    String father = family.father().get().id();
    String mother = family.mother().get().id();
    int sites = 0;
    int inconsistent = 0;
    for (FamilyVariant variant : variants) {
      var child = variant.call(proband.id());
      var dad = variant.call(father);
      var mum = variant.call(mother);
      if (child.isEmpty() || dad.isEmpty() || mum.isEmpty()) {
        continue;
      }
      MendelianCheck.Status status =
          MendelianCheck.check(
              variant.chromosome(),
              proband.sex(),
              child.get().genotype(),
              dad.get().genotype(),
              mum.get().genotype());
      if (status != MendelianCheck.Status.NOT_ASSESSED) {
        sites++;
        if (status == MendelianCheck.Status.INCONSISTENT) {
          inconsistent++;
        }
      }
    }
    boolean confirmed = sites >= MINIMUM_SITES && inconsistent <= MAXIMUM_INCONSISTENT * sites;
    return new ParentageCheck(sites, inconsistent, confirmed);
  }

  @Override
  public String toString() {
    if (sites == 0) {
      return "parentage not assessed (no trio sites)";
    }
    return String.format(
        Locale.ROOT,
        "%d of %d trio sites Mendelian-inconsistent (%.2f%%): parentage %s",
        inconsistent,
        sites,
        100.0 * inconsistent / sites,
        confirmed ? "confirmed" : "not confirmed");
  }
}
