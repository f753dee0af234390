package org.gms.genomics.cancer.input;

import org.gms.genomics.annotation.Annotator;

/**
 * How to read a tumour VCF.
 *
 * @param tumourSample the tumour's sample column, or null: the only sample, the one that is not the
 *     normal, or the one a {@code ##tumor_sample=} header line names
 * @param normalSample the matched normal's column, or null for tumour-only input
 * @param vafInfoTag INFO tag with the tumour VAF when FORMAT AF/AD are absent (PCGR: {@code TVAF})
 * @param depthInfoTag INFO tag with the tumour depth when FORMAT DP is absent (PCGR: {@code TDP})
 * @param passOnly whether records whose FILTER is neither PASS nor {@code .} are skipped
 * @param annotator GMS's own annotator over transcript models of the VCF's build, for a VCF with
 *     neither VEP {@code CSQ} nor snpEff {@code ANN}; or null
 */
public record VcfInputSettings(
    String tumourSample,
    String normalSample,
    String vafInfoTag,
    String depthInfoTag,
    boolean passOnly,
    Annotator annotator) {

  /** Settings without an annotator of GMS's own (annotation is read from the file). */
  public VcfInputSettings(
      String tumourSample,
      String normalSample,
      String vafInfoTag,
      String depthInfoTag,
      boolean passOnly) {
    this(tumourSample, normalSample, vafInfoTag, depthInfoTag, passOnly, null);
  }

  public VcfInputSettings {
    vafInfoTag = vafInfoTag == null || vafInfoTag.isBlank() ? "TVAF" : vafInfoTag;
    depthInfoTag = depthInfoTag == null || depthInfoTag.isBlank() ? "TDP" : depthInfoTag;
  }

  public static VcfInputSettings defaults() {
    return new VcfInputSettings(null, null, "TVAF", "TDP", true);
  }

  public VcfInputSettings withSamples(String tumour, String normal) {
    return new VcfInputSettings(tumour, normal, vafInfoTag, depthInfoTag, passOnly, annotator);
  }

  /**
   * These settings with GMS's own annotator, used for a VCF with neither VEP {@code CSQ} nor snpEff
   * {@code ANN} (its transcript models must be on the VCF's build).
   */
  public VcfInputSettings withAnnotator(Annotator annotator) {
    return new VcfInputSettings(
        tumourSample, normalSample, vafInfoTag, depthInfoTag, passOnly, annotator);
  }
}
