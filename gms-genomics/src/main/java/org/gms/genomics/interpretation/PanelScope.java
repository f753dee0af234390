package org.gms.genomics.interpretation;

import java.util.Optional;

/** The green (and optionally amber) genes of a panel. */
final class PanelScope implements GeneScope {

  private final GenePanel panel;
  private final boolean includeAmber;

  PanelScope(GenePanel panel, boolean includeAmber) {
    this.panel = panel;
    this.includeAmber = includeAmber;
  }

  @Override
  public boolean includes(String gene) {
    return panelGene(gene).isPresent();
  }

  @Override
  public Optional<PanelGene> panelGene(String gene) {
    return panel
        .gene(gene)
        .filter(
            g ->
                g.confidence() == PanelConfidence.GREEN
                    || (includeAmber && g.confidence() == PanelConfidence.AMBER));
  }

  @Override
  public Optional<GenePanel> panel() {
    return Optional.of(panel);
  }

  @Override
  public String describe() {
    return "panel " + panel.label() + (includeAmber ? ", green and amber genes" : ", green genes");
  }
}
