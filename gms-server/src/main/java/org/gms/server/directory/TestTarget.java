package org.gms.server.directory;

/**
 * One thing a test looks at.
 *
 * @param kind panel, gene, fusion (both genes in {@code text}, e.g. {@code EML4-ALK}) or other (a
 *     region, variant, "Genomewide", "MET exon 14 skipping", ...)
 * @param text the part of the Target/Genes text it was read from
 * @param panelId PanelApp panel id (panels only)
 * @param geneSymbol HGNC approved symbol (genes only)
 * @param hgncId HGNC id (genes only)
 */
public record TestTarget(
    Kind kind, String text, Integer panelId, String geneSymbol, String hgncId) {

  public enum Kind {
    PANEL,
    GENE,
    FUSION,
    OTHER
  }
}
