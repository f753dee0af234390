package org.gms.genomics.cancer.oncogenicity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Horak P, Griffith M, Danos AM et al. Standards for the classification of pathogenicity of somatic
 * variants in cancer (oncogenicity): joint recommendations of ClinGen, CGC and VICC. Genet Med
 * 2022;24:986-998, Table 3 point cut-offs.
 */
final class Vicc2022OncogenicityClassifier implements OncogenicityClassifier {

  @Override
  public String guideline() {
    return "ClinGen/CGC/VICC oncogenicity 2022 (Horak et al.)";
  }

  @Override
  public Oncogenicity classify(Collection<OncogenicityEvidence> evidence) {
    Set<OncogenicityCode> seen = EnumSet.noneOf(OncogenicityCode.class);
    int points = 0;
    for (OncogenicityEvidence e : evidence) {
      if (!seen.add(e.code())) {
        throw new IllegalArgumentException("Code " + e.code() + " given twice");
      }
      points += e.points();
    }
    OncogenicityClass c;
    if (points >= 10) {
      c = OncogenicityClass.ONCOGENIC;
    } else if (points >= 6) {
      c = OncogenicityClass.LIKELY_ONCOGENIC;
    } else if (points >= 0) {
      c = OncogenicityClass.UNCERTAIN_SIGNIFICANCE;
    } else if (points >= -6) {
      c = OncogenicityClass.LIKELY_BENIGN;
    } else {
      c = OncogenicityClass.BENIGN;
    }
    return new Oncogenicity(c, points, List.copyOf(evidence), guideline());
  }
}
