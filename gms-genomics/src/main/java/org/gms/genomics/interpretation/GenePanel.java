package org.gms.genomics.interpretation;

import java.util.List;
import java.util.Optional;
import org.gms.genomics.GenomicsException;

/**
 * A virtual gene panel, for example a Genomics England PanelApp panel applied for a clinical
 * indication of the National Genomic Test Directory.
 *
 * @param name e.g. {@code Intellectual disability}
 * @param version e.g. {@code 5.4}
 */
public record GenePanel(String name, String version, List<PanelGene> genes) {

  public GenePanel {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A panel needs a name");
    }
    genes = List.copyOf(genes);
    if (genes.isEmpty()) {
      throw new GenomicsException(
          "Panel '"
              + name
              + "' (version "
              + version
              + ") has no genes; choose another panel for the indication, or run gene-agnostic");
    }
    long distinct = genes.stream().map(PanelGene::symbol).distinct().count();
    if (distinct != genes.size()) {
      throw new IllegalArgumentException("Panel '" + name + "' lists a gene twice");
    }
  }

  public Optional<PanelGene> gene(String symbol) {
    return genes.stream().filter(g -> g.symbol().equals(symbol)).findFirst();
  }

  public String label() {
    return "'" + name + "' v" + version;
  }
}
