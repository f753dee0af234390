package org.gms.genomics.interpretation;

import org.gms.genomics.interpretation.acmg.Assessment;
import org.gms.genomics.interpretation.acmg.Classification;

/** A candidate variant with its ACMG evidence and class. */
public record ClassifiedVariant(
    CandidateVariant candidate, Assessment assessment, Classification classification) {

  public ClassifiedVariant {
    if (candidate == null || assessment == null || classification == null) {
      throw new IllegalArgumentException("A classified variant needs all three parts");
    }
  }
}
