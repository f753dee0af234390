package org.gms.genomics.cancer;

/**
 * A germline variant of a tumour-normal pair (the normal carries it) in a cancer predisposition
 * gene, reported apart from the somatic findings.
 *
 * @param evidence CIViC predisposing evidence for the same change, or empty
 */
public record GermlineFinding(
    String gene, String proteinChange, String alteration, String variantClass, String evidence) {}
