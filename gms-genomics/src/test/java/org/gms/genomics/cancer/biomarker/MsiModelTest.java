package org.gms.genomics.cancer.biomarker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.input.TabularFile;
import org.junit.jupiter.api.Test;

/**
 * The MSI cut-off and its stated accuracy come from the MSIseq labelled tumours: the indel rate is
 * counted here from the mutation file (not MSIseq's own columns), the cut-off fitted on all 361,
 * the accuracy cross-validated (fitted on four folds, counted on the fifth).
 */
class MsiModelTest {

  static List<MsiModel.Labelled> msiseqTraining() {
    Path samples = SharedReference.path("cancer/cohorts/msiseq/MSIseq_train_samples.tsv");
    Path mutations = SharedReference.path("cancer/cohorts/msiseq/MSIseq_train_mutations.tsv.gz");
    Map<String, Integer> indels = new HashMap<>();
    TabularFile.read(
        mutations,
        f -> {},
        (f, row) -> {
          String type = row.get("Variant_Type");
          indels.merge(
              row.get("Tumor_Sample_Barcode"),
              type.equals("INS") || type.equals("DEL") ? 1 : 0,
              Integer::sum);
        });
    List<MsiModel.Labelled> out = new ArrayList<>();
    TabularFile.read(
        samples,
        f -> {},
        (f, row) ->
            out.add(
                new MsiModel.Labelled(
                    row.get("Tumor_Sample_Barcode"),
                    indels.getOrDefault(row.get("Tumor_Sample_Barcode"), 0)
                        / row.decimal("Sequence_Length_Mb"),
                    row.get("MSI_status").equals("MSI-H"))));
    return out;
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
