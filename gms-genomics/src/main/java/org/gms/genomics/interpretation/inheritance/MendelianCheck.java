package org.gms.genomics.interpretation.inheritance;

import java.util.List;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.gms.genomics.variant.Genotype;

/**
 * Whether a child's genotype can be made of one allele from each parent (autosomes and PARs), of
 * the mother's X (sons, outside the PARs) or of the mother's mitochondrial alleles.
 */
public final class MendelianCheck {

  public enum Status {
    CONSISTENT,
    INCONSISTENT,
    NOT_ASSESSED
  }

  private MendelianCheck() {}

  public static Status check(
      ChromosomeType type, Sex childSex, Genotype child, Genotype father, Genotype mother) {
    if (!child.isCalled() || !father.isCalled() || !mother.isCalled()) {
      return Status.NOT_ASSESSED;
    }
    List<Integer> c = child.alleles();
    return switch (type) {
      case AUTOSOME, PSEUDOAUTOSOMAL ->
          c.size() != 2
              ? Status.NOT_ASSESSED
              : verdict(oneFromEach(c.get(0), c.get(1), father, mother));
      case X_NON_PAR -> xLinked(childSex, c, father, mother);
      case MITOCHONDRION -> verdict(c.stream().allMatch(mother.alleles()::contains));
      case Y_NON_PAR ->
          childSex == Sex.FEMALE
              ? Status.NOT_ASSESSED
              : verdict(c.stream().allMatch(father.alleles()::contains));
      case OTHER -> Status.NOT_ASSESSED;
    };
  }

  private static Status xLinked(Sex sex, List<Integer> c, Genotype father, Genotype mother) {
    if (sex == Sex.MALE) {
      return verdict(c.stream().distinct().count() == 1 && mother.alleles().contains(c.get(0)));
    }
    if (sex == Sex.FEMALE && c.size() == 2) {
      return verdict(oneFromEach(c.get(0), c.get(1), father, mother));
    }
    return Status.NOT_ASSESSED;
  }

  private static boolean oneFromEach(int first, int second, Genotype father, Genotype mother) {
    return (father.alleles().contains(first) && mother.alleles().contains(second))
        || (father.alleles().contains(second) && mother.alleles().contains(first));
  }

  private static Status verdict(boolean consistent) {
    return consistent ? Status.CONSISTENT : Status.INCONSISTENT;
  }
}
