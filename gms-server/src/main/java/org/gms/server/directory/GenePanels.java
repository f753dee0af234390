package org.gms.server.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PanelApp gene panels as gene lists and genomic targets for analysis. */
public interface GenePanels {

  /**
   * The genes of a panel at the chosen confidence levels, one entry per gene (a gene listed more
   * than once, as in super panels, takes its best rating).
   *
   * @param version a PanelApp version such as {@code 3.12}; empty for the current one
   */
  Optional<PanelGeneList> geneList(int panelId, Optional<String> version, Set<Confidence> levels);

  /**
   * The panel's genes (and STRs and regions with coordinates) as GRCh38 intervals, BED-style.
   *
   * @param paddingBases added on both sides of each interval
   */
  Optional<PanelTargets> targets(
      int panelId, Optional<String> version, Set<Confidence> levels, int paddingBases);

  /** The panels whose current version lists the gene, with the gene's rating in each. */
  List<PanelGeneList> panelsWithGene(String symbol);

  /** The versions of a panel that are stored, oldest first. */
  List<String> versions(int panelId);
}
