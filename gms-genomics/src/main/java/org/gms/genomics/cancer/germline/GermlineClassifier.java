package org.gms.genomics.cancer.germline;

import java.util.Optional;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.AcmgSettings;

/**
 * Classifies a germline variant of a cancer predisposition gene by ACMG/AMP, through the same
 * evidence rules and points as the rare-disease pipeline (PVS1 decision tree, PM2, PM4, PP3/BP4,
 * BA1/BS1, BP7...). Thread-safe.
 */
public interface GermlineClassifier {

  /**
   * The class, or empty when the gene is not a predisposition gene or the variant carries no
   * consequence annotation (nothing to classify on).
   */
  Optional<GermlineClassification> classify(SomaticVariant variant);

  /** The genes classified. */
  PredispositionGenes genes();

  /** The combining rules, for reports. */
  String guideline();

  /** Default ACMG settings and the ClinGen/ACGS 2020 points, as the rare-disease default. */
  static GermlineClassifier acmg() {
    return new AcmgGermlineClassifier(
        PredispositionGenes.bundled(), AcmgSettings.defaults(), AcmgClassifier.clinGenPoints2020());
  }

  static GermlineClassifier acmg(
      PredispositionGenes genes, AcmgSettings settings, AcmgClassifier classifier) {
    return new AcmgGermlineClassifier(genes, settings, classifier);
  }
}
