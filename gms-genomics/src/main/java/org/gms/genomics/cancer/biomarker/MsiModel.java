package org.gms.genomics.cancer.biomarker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * MSI-H from the somatic indel rate (indels per Mb of territory): MSI-H when it is at least the
 * cut-off. The cut-off is fitted on the 361 labelled MSIseq training tumours (Huang et al., Sci Rep
 * 2015: TCGA colorectal, endometrial and gastric exomes, 38 Mb; CRAN MSIseq 1.0.0) by the highest
 * accuracy; its accuracy is measured by 5-fold cross-validation (cut-off fitted on four folds,
 * counted on the fifth), never on the tumours it was fitted on. See docs/cancer.md.
 */
public final class MsiModel {

  /** Fitted on all 361 MSIseq training tumours by {@link #fit}; checked by MsiModelTest. */
  public static final double INDELS_PER_MB_CUTOFF = 1.5921052631578947;

  /** Measured by {@link #crossValidate} (5 folds, seed 1); checked by MsiModelTest. */
  public static final String ACCURACY =
      "5-fold cross-validated on 361 MSIseq tumours (69 MSI-H): sensitivity 89.9%, specificity 97.9%";

  /** A labelled tumour: its indel rate and whether it is MSI-H. */
  public record Labelled(String sample, double indelsPerMb, boolean msiHigh) {

    /**
     * The MSIseq training tumours of a folder holding {@code MSIseq_train_samples.tsv} and {@code
     * MSIseq_train_mutations.tsv.gz}: each one's indel rate counted from the mutation file (not
     * MSIseq's own columns) over its sequenced length, and its MSI-H label.
     */
    public static List<Labelled> readMsiseq(Path folder) {
      Map<String, Integer> indels = new HashMap<>();
      TabularFile.read(
          folder.resolve("MSIseq_train_mutations.tsv.gz"),
          f -> {},
          (f, row) -> {
            String type = row.get("Variant_Type");
            indels.merge(
                row.get("Tumor_Sample_Barcode"),
                type.equals("INS") || type.equals("DEL") ? 1 : 0,
                Integer::sum);
          });
      List<Labelled> out = new ArrayList<>();
      TabularFile.read(
          folder.resolve("MSIseq_train_samples.tsv"),
          f -> {},
          (f, row) ->
              out.add(
                  new Labelled(
                      row.get("Tumor_Sample_Barcode"),
                      indels.getOrDefault(row.get("Tumor_Sample_Barcode"), 0)
                          / row.decimal("Sequence_Length_Mb"),
                      row.get("MSI_status").equals("MSI-H"))));
      return out;
    }
  }

  /** Sensitivity and specificity with the counts behind them. */
  public record Accuracy(int truePositive, int falseNegative, int trueNegative, int falsePositive) {
    public double sensitivity() {
      return (double) truePositive / (truePositive + falseNegative);
    }

    public double specificity() {
      return (double) trueNegative / (trueNegative + falsePositive);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "sensitivity %.1f%% (%d/%d), specificity %.1f%% (%d/%d)",
          100 * sensitivity(),
          truePositive,
          truePositive + falseNegative,
          100 * specificity(),
          trueNegative,
          trueNegative + falsePositive);
    }
  }

  private MsiModel() {}

  /** The estimate for a tumour's somatic variants in a territory. */
  public static MsiEstimate estimate(List<SomaticVariant> variants, Territory territory) {
    long indels =
        variants.stream()
            .filter(SomaticVariant::indel)
            .filter(v -> territory.contains(v.chromosome(), v.position()))
            .count();
    double rate = indels / territory.megabases();
    return new MsiEstimate(
        rate >= INDELS_PER_MB_CUTOFF ? "MSI-H" : "MSS",
        rate,
        INDELS_PER_MB_CUTOFF,
        "estimate from the somatic indel rate ("
            + indels
            + " indels / "
            + String.format(Locale.ROOT, "%.2f", territory.megabases())
            + " Mb), MSI-H at >= "
            + String.format(Locale.ROOT, "%.3f", INDELS_PER_MB_CUTOFF)
            + " per Mb; "
            + ACCURACY
            + "; not a substitute for MSI-PCR or MMR immunohistochemistry");
  }

  /** The cut-off with the highest accuracy: midway between the two rates it separates. */
  public static double fit(List<Labelled> tumours) {
    List<Double> rates = tumours.stream().map(Labelled::indelsPerMb).distinct().sorted().toList();
    double best = rates.get(0);
    int bestCorrect = -1;
    for (int i = 0; i < rates.size(); i++) {
      double cut = i == 0 ? rates.get(0) : (rates.get(i - 1) + rates.get(i)) / 2;
      int correct = 0;
      for (Labelled t : tumours) {
        if ((t.indelsPerMb() >= cut) == t.msiHigh()) {
          correct++;
        }
      }
      if (correct > bestCorrect) {
        bestCorrect = correct;
        best = cut;
      }
    }
    return best;
  }

  /** k-fold cross-validation: fit on k-1 folds, count on the held-out one. */
  public static Accuracy crossValidate(List<Labelled> tumours, int folds, long seed) {
    List<Labelled> shuffled = new ArrayList<>(tumours);
    java.util.Collections.shuffle(shuffled, new Random(seed));
    int tp = 0;
    int fn = 0;
    int tn = 0;
    int fp = 0;
    for (int f = 0; f < folds; f++) {
      List<Labelled> train = new ArrayList<>();
      List<Labelled> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % folds == f ? test : train).add(shuffled.get(i));
      }
      double cut = fit(train);
      for (Labelled t : test) {
        boolean called = t.indelsPerMb() >= cut;
        if (t.msiHigh()) {
          if (called) {
            tp++;
          } else {
            fn++;
          }
        } else if (called) {
          fp++;
        } else {
          tn++;
        }
      }
    }
    return new Accuracy(tp, fn, tn, fp);
  }
}
