package org.gms.genomics.interpretation.acmg;

import java.util.Collection;

/** Combines evidence into one of the five classes, by one version of the combining rules. */
public interface AcmgClassifier {

  /** The guideline and version, for reports. */
  String guideline();

  /**
   * The class for the evidence (each code at most once).
   *
   * @throws IllegalArgumentException if a code appears twice
   */
  Classification classify(Collection<Evidence> evidence);

  /** Richards et al. 2015, Genet Med 17:405, Table 5 combining rules. */
  static AcmgClassifier acmg2015() {
    return new Acmg2015Classifier();
  }

  /**
   * The naturally scaled points of Tavtigian et al. 2020 (Hum Mutat 41:1734), fitted to the
   * Bayesian framework of Tavtigian et al. 2018 and used by the UK ACGS 2020 best practice
   * guidelines (Ellard et al.): supporting 1, moderate 2, strong 4, very strong 8, benign negative;
   * P >= 10, LP 6 to 9, VUS 0 to 5, LB -1 to -6, B <= -7; BA1 stands alone.
   */
  static AcmgClassifier clinGenPoints2020() {
    return new ClinGenPoints2020Classifier();
  }
}
