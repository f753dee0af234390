package org.gms.genomics.transcript;

/**
 * The gene a transcript belongs to.
 *
 * @param symbol the gene symbol as the source names it (the HGNC symbol for human genes)
 * @param hgncId the HGNC id, or null when unknown
 * @param geneId the source's gene accession (for example {@code ENSG00000012048}), or null
 */
public record Gene(String symbol, HgncId hgncId, String geneId) {

  public Gene {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("A gene needs a symbol (or at least its accession)");
    }
  }

  public Gene withHgncId(HgncId id) {
    return new Gene(symbol, id, geneId);
  }

  public Gene withSymbol(String newSymbol) {
    return new Gene(newSymbol, hgncId, geneId);
  }
}
