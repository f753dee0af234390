package org.gms.server.directory;

import java.util.List;
import java.util.Set;

/**
 * The genes of one panel version at the chosen confidence levels.
 *
 * @param panelId PanelApp id
 * @param name panel name
 * @param version PanelApp version
 * @param levels the confidence levels chosen
 * @param genes sorted by symbol
 */
public record PanelGeneList(
    int panelId, String name, String version, Set<Confidence> levels, List<PanelGene> genes) {

  public PanelGeneList {
    levels = Set.copyOf(levels);
    genes = List.copyOf(genes);
  }
}
