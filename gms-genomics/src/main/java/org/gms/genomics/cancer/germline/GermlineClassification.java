package org.gms.genomics.cancer.germline;

import java.util.Objects;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.Classification;

/**
 * The ACMG/AMP class of one germline variant in a predisposition gene.
 *
 * @param codes the evidence applied with strengths and reasons, e.g. {@code PVS1 (premature stop
 *     ...); PM2_Supporting (...)}
 * @param labels the evidence labels alone, e.g. {@code PVS1, PM2_Supporting}
 */
public record GermlineClassification(
    AcmgClass acmgClass, String labels, String codes, int points, String guideline) {

  public GermlineClassification {
    Objects.requireNonNull(acmgClass, "acmgClass");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(guideline, "guideline");
  }

  static GermlineClassification of(Classification c) {
    return new GermlineClassification(
        c.acmgClass(),
        c.codes(),
        String.join(
            "; ", c.evidence().stream().map(e -> e.label() + " (" + e.reason() + ")").toList()),
        c.points(),
        c.guideline());
  }

  /** Pathogenic or likely pathogenic: reported. */
  public boolean reportable() {
    return acmgClass.atLeastLikelyPathogenic();
  }
}
