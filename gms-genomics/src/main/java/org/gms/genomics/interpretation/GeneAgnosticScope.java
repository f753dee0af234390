package org.gms.genomics.interpretation;

import java.util.Optional;

/** Every gene, no panel. */
final class GeneAgnosticScope implements GeneScope {

  static final GeneAgnosticScope INSTANCE = new GeneAgnosticScope();

  private GeneAgnosticScope() {}

  @Override
  public boolean includes(String gene) {
    return gene != null;
  }

  @Override
  public Optional<PanelGene> panelGene(String gene) {
    return Optional.empty();
  }

  @Override
  public Optional<GenePanel> panel() {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "gene-agnostic (all genes)";
  }
}
