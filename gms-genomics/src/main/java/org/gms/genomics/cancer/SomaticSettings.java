package org.gms.genomics.cancer;

import java.util.Objects;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.GeneRoles;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.tumourtype.TumourTypes;

/**
 * What the analysis uses.
 *
 * @param territory the assay's territory for TMB and MSI, or null (then neither is computed)
 * @param minVaf variants below this tumour VAF are left out (0: none; variants without VAF stay)
 * @param minDepth variants below this tumour depth are left out (0: none)
 */
public record SomaticSettings(
    CivicKnowledge civic,
    GeneRoles geneRoles,
    Hotspots hotspots,
    TumourTypes tumourTypes,
    TmbDefinition tmbDefinition,
    Territory territory,
    double minVaf,
    int minDepth) {

  public SomaticSettings {
    Objects.requireNonNull(civic, "civic");
    Objects.requireNonNull(geneRoles, "geneRoles");
    Objects.requireNonNull(hotspots, "hotspots");
    Objects.requireNonNull(tumourTypes, "tumourTypes");
    Objects.requireNonNull(tmbDefinition, "tmbDefinition");
  }

  /** The bundled knowledge, no hotspots, cBioPortal TMB, no territory, no VAF filters. */
  public static SomaticSettings bundled() {
    return new SomaticSettings(
        CivicKnowledge.bundled(),
        GeneRoles.bundled(),
        Hotspots.none(),
        TumourTypes.bundled(),
        TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
        null,
        0,
        0);
  }

  public SomaticSettings withHotspots(Hotspots h) {
    return new SomaticSettings(
        civic, geneRoles, h, tumourTypes, tmbDefinition, territory, minVaf, minDepth);
  }

  public SomaticSettings withTmb(TmbDefinition d, Territory t) {
    return new SomaticSettings(civic, geneRoles, hotspots, tumourTypes, d, t, minVaf, minDepth);
  }

  public SomaticSettings withFilters(double vaf, int depth) {
    return new SomaticSettings(
        civic, geneRoles, hotspots, tumourTypes, tmbDefinition, territory, vaf, depth);
  }
}
