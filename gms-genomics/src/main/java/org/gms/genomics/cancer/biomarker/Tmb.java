package org.gms.genomics.cancer.biomarker;

import java.util.List;
import org.gms.genomics.cancer.input.SomaticVariant;

/**
 * Tumour mutational burden.
 *
 * @param perMb mutations per Mb of territory
 * @param high at least {@value #HIGH_PER_MB} per Mb (the FDA pembrolizumab TMB-H cut-off)
 */
public record Tmb(
    double perMb,
    int mutations,
    double territoryMb,
    String definition,
    String territory,
    boolean high) {

  public static final double HIGH_PER_MB = 10.0;

  /** Counts the sample's variants by a definition in a territory. */
  public static Tmb of(
      List<SomaticVariant> variants, TmbDefinition definition, Territory territory) {
    int n = 0;
    for (SomaticVariant v : variants) {
      if (definition.counts(v) && territory.contains(v.chromosome(), v.position())) {
        n++;
      }
    }
    double perMb = n / territory.megabases();
    return new Tmb(
        perMb,
        n,
        territory.megabases(),
        definition.description(),
        territory.description(),
        perMb >= HIGH_PER_MB);
  }
}
