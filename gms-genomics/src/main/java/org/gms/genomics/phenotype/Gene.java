package org.gms.genomics.phenotype;

/**
 * A human gene as the HPO annotation files name it.
 *
 * @param ncbiGeneId the NCBI Gene (Entrez) id, the stable key across releases
 * @param symbol the HGNC symbol the file gives (symbols can change between releases)
 */
public record Gene(int ncbiGeneId, String symbol) {

  public Gene {
    if (ncbiGeneId <= 0) {
      throw new IllegalArgumentException("An NCBI Gene id is a positive number; got " + ncbiGeneId);
    }
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("Gene " + ncbiGeneId + " needs a symbol");
    }
  }

  @Override
  public String toString() {
    return symbol;
  }
}
