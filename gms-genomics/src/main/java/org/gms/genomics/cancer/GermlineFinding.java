package org.gms.genomics.cancer;

/**
 * A germline variant of a tumour-normal pair (the normal carries it) or of a germline VCF given
 * with the tumour, in a cancer predisposition gene, classified pathogenic or likely pathogenic by
 * the ACMG engine and reported apart from the somatic findings.
 *
 * @param evidence CIViC predisposing evidence for the same change, or empty
 * @param acmgClass the ACMG/AMP class abbreviation ({@code P}, {@code LP}), or empty when not
 *     classified
 * @param acmgCodes the evidence applied, each with its reason, or empty
 */
public record GermlineFinding(
    String gene,
    String proteinChange,
    String alteration,
    String variantClass,
    String evidence,
    String acmgClass,
    String acmgCodes) {

  public GermlineFinding {
    acmgClass = acmgClass == null ? "" : acmgClass;
    acmgCodes = acmgCodes == null ? "" : acmgCodes;
  }

  /** A finding without an ACMG class. */
  public GermlineFinding(
      String gene, String proteinChange, String alteration, String variantClass, String evidence) {
    this(gene, proteinChange, alteration, variantClass, evidence, "", "");
  }
}
