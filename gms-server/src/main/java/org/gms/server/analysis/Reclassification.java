package org.gms.server.analysis;

import java.util.Locale;
import org.gms.server.GmsException;

/**
 * A reported variant's new classification in an amended report.
 *
 * @param variantKey the variant's key as the record holds it, e.g. {@code GRCh38:17:43045712:G:A}
 * @param finalClass P, LP, VUS, LB or B
 * @param comment why, for the clinician
 */
public record Reclassification(String variantKey, String finalClass, String comment) {

  public Reclassification {
    if (variantKey == null || variantKey.isBlank()) {
      throw new GmsException(
          "A reclassification names the variant key (build:contig:pos:ref:alt).");
    }
    variantKey = variantKey.strip();
    finalClass = finalClass == null ? null : finalClass.strip().toUpperCase(Locale.ROOT);
    if (finalClass == null || !java.util.Set.of("P", "LP", "VUS", "LB", "B").contains(finalClass)) {
      throw new GmsException(
          "finalClass of " + variantKey + " must be P, LP, VUS, LB or B; got " + finalClass + ".");
    }
    comment = comment == null ? "" : comment.strip();
  }
}
