package org.gms.genomics.interpretation.acmg;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * How many criteria of each strength, for the 2015 combining rules, counted at their applied
 * (possibly modified) strength. The 2015 table knows one very strong code (PVS1), strong and
 * supporting benign codes only; modified strengths outside that are counted as: a second or third
 * very strong as strong; benign very strong as strong; benign moderate as supporting (the
 * conservative choice: it never makes a class more certain than the evidence).
 */
record EvidenceCounts(
    int veryStrong,
    int strong,
    int moderate,
    int supporting,
    boolean standAlone,
    int benignStrong,
    int benignSupporting) {

  static EvidenceCounts of(Collection<Evidence> evidence) {
    Set<EvidenceCode> seen = EnumSet.noneOf(EvidenceCode.class);
    int vs = 0;
    int s = 0;
    int m = 0;
    int p = 0;
    boolean ba = false;
    int bs = 0;
    int bp = 0;
    for (Evidence e : evidence) {
      if (!seen.add(e.code())) {
        throw new IllegalArgumentException("Evidence code " + e.code() + " is given twice");
      }
      if (e.direction() == Direction.PATHOGENIC) {
        switch (e.strength()) {
          case VERY_STRONG -> vs++;
          case STRONG -> s++;
          case MODERATE -> m++;
          case SUPPORTING -> p++;
          case STAND_ALONE ->
              throw new IllegalStateException("Pathogenic evidence is never stand-alone");
        }
      } else {
        switch (e.strength()) {
          case STAND_ALONE -> ba = true;
          case VERY_STRONG, STRONG -> bs++;
          case MODERATE, SUPPORTING -> bp++;
        }
      }
    }
    if (vs > 1) {
      s += vs - 1;
      vs = 1;
    }
    return new EvidenceCounts(vs, s, m, p, ba, bs, bp);
  }

  static int points(Collection<Evidence> evidence) {
    return evidence.stream().mapToInt(Evidence::points).sum();
  }
}
