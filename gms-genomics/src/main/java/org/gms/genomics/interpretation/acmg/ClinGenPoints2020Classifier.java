package org.gms.genomics.interpretation.acmg;

import java.util.Collection;
import java.util.List;

/**
 * Tavtigian et al. 2020 (Hum Mutat 41:1734), Table 3: the sum of points decides, pathogenic and
 * benign evidence offsetting each other; BA1 is stand-alone benign (Ghosh et al. 2018, ClinGen
 * SVI). This is the scale the UK ACGS 2020 best practice guidelines (Ellard et al.) adopt.
 */
final class ClinGenPoints2020Classifier implements AcmgClassifier {

  @Override
  public String guideline() {
    return "ClinGen/ACGS points 2020 (Tavtigian et al.)";
  }

  @Override
  public Classification classify(Collection<Evidence> evidence) {
    EvidenceCounts counts = EvidenceCounts.of(evidence);
    int points = EvidenceCounts.points(evidence);
    List<Evidence> all = List.copyOf(evidence);
    if (counts.standAlone()) {
      return new Classification(AcmgClass.BENIGN, all, guideline(), "BA1 stand-alone", points);
    }
    AcmgClass acmgClass;
    String band;
    if (points >= 10) {
      acmgClass = AcmgClass.PATHOGENIC;
      band = "P >= 10";
    } else if (points >= 6) {
      acmgClass = AcmgClass.LIKELY_PATHOGENIC;
      band = "LP 6 to 9";
    } else if (points >= 0) {
      acmgClass = AcmgClass.UNCERTAIN_SIGNIFICANCE;
      band = "VUS 0 to 5";
    } else if (points >= -6) {
      acmgClass = AcmgClass.LIKELY_BENIGN;
      band = "LB -1 to -6";
    } else {
      acmgClass = AcmgClass.BENIGN;
      band = "B <= -7";
    }
    return new Classification(
        acmgClass, all, guideline(), points + " points (" + band + ")", points);
  }
}
