package org.gms.genomics.interpretation;

import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.AcmgSettings;
import org.gms.genomics.interpretation.inheritance.DeNovoCriteria;

/** Everything an interpretation run can be tuned by. */
public record InterpretationSettings(
    FilterSettings filters, DeNovoCriteria deNovo, AcmgSettings acmg, AcmgClassifier classifier) {

  public InterpretationSettings {
    if (filters == null || deNovo == null || acmg == null || classifier == null) {
      throw new IllegalArgumentException("All interpretation settings are needed");
    }
  }

  /** Default filters and de novo criteria, ACMG defaults, ClinGen/ACGS 2020 points. */
  public static InterpretationSettings defaults() {
    return new InterpretationSettings(
        FilterSettings.defaults(),
        DeNovoCriteria.defaults(),
        AcmgSettings.defaults(),
        AcmgClassifier.clinGenPoints2020());
  }

  public InterpretationSettings withClassifier(AcmgClassifier classifier) {
    return new InterpretationSettings(filters, deNovo, acmg, classifier);
  }

  public InterpretationSettings withFilters(FilterSettings filters) {
    return new InterpretationSettings(filters, deNovo, acmg, classifier);
  }
}
