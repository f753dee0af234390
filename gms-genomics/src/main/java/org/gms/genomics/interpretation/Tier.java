package org.gms.genomics.interpretation;

/**
 * Tiers modelled on the Genomics England 100,000 Genomes Project rare-disease tiering (tier 1:
 * loss-of-function or de novo protein-altering variants in green panel genes, segregating as the
 * gene's mode of inheritance; tier 2: other protein-altering variants in panel genes; tier 3: rare
 * protein-altering variants outside the panels), with the ACMG class in place of the variant type.
 */
public enum Tier {
  TIER_1(
      "P or LP, in a green panel gene, segregating (YES) as a mode of inheritance the panel gives"
          + " the gene"),
  TIER_2(
      "P, LP or VUS in a green or amber panel gene, consistent (YES or POSSIBLE) with its mode of"
          + " inheritance"),
  TIER_3(
      "P, LP or VUS otherwise: outside the panel, gene-agnostic, or another mode of inheritance"),
  UNTIERED("likely benign or benign");

  private final String rule;

  Tier(String rule) {
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
