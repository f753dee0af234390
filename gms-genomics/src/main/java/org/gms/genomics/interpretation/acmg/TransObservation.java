package org.gms.genomics.interpretation.acmg;

/**
 * For PM3: the proband also carries a pathogenic or likely pathogenic variant of the same gene.
 *
 * @param partnerClass the other variant's class (P or LP counts)
 * @param phaseConfirmed whether the two are known to be in trans (parental testing or phasing)
 */
public record TransObservation(AcmgClass partnerClass, boolean phaseConfirmed) {

  public TransObservation {
    if (partnerClass == null) {
      throw new IllegalArgumentException("The partner variant's class is needed");
    }
  }
}
