package org.gms.genomics.cancer.biomarker;

import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.VariantClass;

/** Which somatic variants count towards TMB. */
public enum TmbDefinition {
  /**
   * cBioPortal's TMB_NONSYNONYMOUS (and maftools' {@code vc_nonSyn}): missense, nonsense,
   * frameshift and in-frame indels, splice site, nonstop and translation start.
   */
  CBIOPORTAL_NONSYNONYMOUS(
      "cBioPortal TMB_NONSYNONYMOUS: Missense, Nonsense, Frame_Shift_Del/Ins, In_Frame_Del/Ins,"
          + " Splice_Site, Nonstop, Translation_Start_Site per Mb"),
  /**
   * The Friends of Cancer Research harmonisation (Merino et al., J Immunother Cancer 2020): somatic
   * coding base substitutions and short indels that change the protein (missense, nonsense,
   * nonstop, start loss, in-frame and frameshift indels); splice-site and synonymous variants
   * excluded.
   */
  FOCR_HARMONISED(
      "Friends of Cancer Research harmonised TMB: coding non-synonymous SNVs and indels (missense,"
          + " nonsense, nonstop, start loss, in-frame and frameshift), splice and synonymous"
          + " excluded, per Mb"),
  /** Every PASS SNV and indel in the territory: for input without annotation. */
  ALL_SOMATIC("every somatic SNV and indel in the territory (input not annotated), per Mb");

  private final String description;

  TmbDefinition(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public boolean counts(SomaticVariant v) {
    VariantClass c = v.variantClass();
    return switch (this) {
      case CBIOPORTAL_NONSYNONYMOUS -> c.nonSynonymous();
      case FOCR_HARMONISED -> c.nonSynonymous() && c != VariantClass.SPLICE_SITE;
      case ALL_SOMATIC -> true;
    };
  }
}
