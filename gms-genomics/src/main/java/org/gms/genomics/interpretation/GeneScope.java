package org.gms.genomics.interpretation;

import java.util.Optional;
import org.gms.genomics.GenomicsException;

/** Which genes an analysis looks at: the genes of a panel, or every gene (gene-agnostic). */
public interface GeneScope {

  /** Whether variants of the gene are analysed. */
  boolean includes(String gene);

  /** The gene's panel entry, when analysing a panel. */
  Optional<PanelGene> panelGene(String gene);

  /** The panel, when analysing one. */
  Optional<GenePanel> panel();

  String describe();

  /** Every gene: tiers 1 and 2 (panel genes) are then unavailable; ranks still order candidates. */
  static GeneScope geneAgnostic() {
    return GeneAgnosticScope.INSTANCE;
  }

  /**
   * The panel's green genes, and amber ones if asked.
   *
   * @throws GenomicsException if that leaves no gene
   */
  static GeneScope panel(GenePanel panel, boolean includeAmber) {
    PanelScope scope = new PanelScope(panel, includeAmber);
    if (panel.genes().stream().noneMatch(g -> scope.includes(g.symbol()))) {
      throw new GenomicsException(
          "Panel "
              + panel.label()
              + " has no green genes"
              + (includeAmber ? " or amber genes" : "; include amber genes")
              + " or choose another panel");
    }
    return scope;
  }
}
