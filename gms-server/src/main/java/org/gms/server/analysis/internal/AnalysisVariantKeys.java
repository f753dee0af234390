package org.gms.server.analysis.internal;

import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.server.analysis.VariantKeys;
import org.springframework.stereotype.Component;

/**
 * Keys as {@link ReportedClassifications} makes them: the same normaliser on the same reference.
 */
@Component
class AnalysisVariantKeys implements VariantKeys {

  private final AnnotationResources resources;
  private volatile VariantNormaliser normaliser;

  AnalysisVariantKeys(AnnotationResources resources) {
    this.resources = resources;
  }

  @Override
  public VariantKey grch38(String contig, long position, String ref, String alt) {
    return VariantKey.of(
        GenomeBuild.GRCh38, SequenceVariant.of(contig, position, ref, alt), normaliser());
  }

  @Override
  public boolean covers(String contig, long position) {
    return resources.get().genome().covers(contig, position, position);
  }

  private VariantNormaliser normaliser() {
    VariantNormaliser loaded = normaliser;
    if (loaded == null) {
      loaded = VariantNormaliser.using(resources.get().genome());
      normaliser = loaded;
    }
    return loaded;
  }
}
