package org.gms.genomics.cancer.biomarker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;

/**
 * The MSI cut-off and its stated accuracy come from the MSIseq labelled tumours: the indel rate is
 * counted here from the mutation file (not MSIseq's own columns), the cut-off fitted on all 361,
 * the accuracy cross-validated (fitted on four folds, counted on the fifth).
 */
class MsiModelTest {

  static List<MsiModel.Labelled> msiseqTraining() {
    return MsiModel.Labelled.readMsiseq(SharedReference.path("cancer/cohorts/msiseq"));
  }

  @Test
  void theCutOffIsTheOneFittedOnTheLabelledTumours() {
    List<MsiModel.Labelled> tumours = msiseqTraining();
    assertThat(tumours).hasSize(361);
    assertThat(tumours.stream().filter(MsiModel.Labelled::msiHigh).count()).isEqualTo(69);
    assertThat(MsiModel.fit(tumours)).isEqualTo(MsiModel.INDELS_PER_MB_CUTOFF);
  }

  @Test
  void theStatedAccuracyIsTheCrossValidatedOne() {
    MsiModel.Accuracy accuracy = MsiModel.crossValidate(msiseqTraining(), 5, 1);
    String stated =
        String.format(
            java.util.Locale.ROOT,
            "sensitivity %.1f%%, specificity %.1f%%",
            100 * accuracy.sensitivity(),
            100 * accuracy.specificity());
    assertThat(MsiModel.ACCURACY).contains(stated);
  }
}
