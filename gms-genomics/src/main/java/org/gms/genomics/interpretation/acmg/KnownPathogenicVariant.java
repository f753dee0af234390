package org.gms.genomics.interpretation.acmg;

import org.gms.genomics.protein.ProteinChange;

/**
 * A variant of the same gene (and transcript) already classified pathogenic or likely pathogenic,
 * e.g. from ClinVar with review status of at least one star, for PS1 and PM5.
 *
 * @param proteinChange its protein change
 * @param nucleotideChange its HGVS c. description, to tell the same nucleotide change apart (may be
 *     null)
 * @param acmgClass {@link AcmgClass#PATHOGENIC} or {@link AcmgClass#LIKELY_PATHOGENIC}
 * @param source e.g. {@code ClinVar VCV000012374}
 */
public record KnownPathogenicVariant(
    ProteinChange proteinChange, String nucleotideChange, AcmgClass acmgClass, String source) {

  public KnownPathogenicVariant {
    if (proteinChange == null || source == null) {
      throw new IllegalArgumentException("A known variant needs its protein change and source");
    }
    if (acmgClass != AcmgClass.PATHOGENIC && acmgClass != AcmgClass.LIKELY_PATHOGENIC) {
      throw new IllegalArgumentException(
          "Known variants for PS1/PM5 are P or LP; got " + acmgClass);
    }
  }
}
